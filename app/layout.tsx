import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dealmaker Index", template: "%s · Dealmaker Index" },
  description: "A global sales benchmark study: score your sales organisation and compare it with your peers.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request so Next can put this response's CSP nonce on its scripts (proxy.ts); a page
  // prerendered at build time would carry scripts without one, and the browser would refuse them.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-surface focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-line bg-surface">
          <div className="mx-auto flex max-w-4xl items-center justify-between px-4 py-3">
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- next/link would add 6 kB gzip of client code to every page, the survey included (docs/decisions/008b) */}
            <a href="/" className="text-lg font-semibold text-brand-strong">
              Dealmaker Index
            </a>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-4xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
