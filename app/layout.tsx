import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { SiteFooter } from "@/components/ui/site-footer";
import { isHttpsForwardedProto } from "@/lib/http/forwarded-proto";
import "./globals.css";

const DESCRIPTION = "A global sales benchmark study: score your sales organisation and compare it with your peers.";

export async function generateMetadata(): Promise<Metadata> {
  // Link previews need the Open Graph image's absolute address: the host this page was asked for (there is no
  // configured public URL; behind a proxy, its Host and X-Forwarded-Proto).
  const request = await headers();
  const host = request.get("host") ?? "localhost";
  const base = URL.canParse(`http://${host}`) ? new URL(`${isHttpsForwardedProto(request.get("x-forwarded-proto")) ? "https" : "http"}://${host}`) : undefined;
  return {
    metadataBase: base,
    title: { default: "Dealmaker Index", template: "%s · Dealmaker Index" },
    description: DESCRIPTION,
    icons: { icon: [{ url: "/favicon.ico", sizes: "48x48" }, { url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-touch-icon.png" },
    manifest: "/manifest.webmanifest",
    openGraph: {
      type: "website",
      siteName: "Dealmaker Index",
      title: "Dealmaker Index: how does your sales team compare?",
      description: DESCRIPTION,
      images: [{ url: "/og-image.png", width: 1200, height: 630, alt: "Dealmaker Index: how does your sales team compare?" }],
    },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d4ed8" };

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
            <a href="/" className="flex items-center gap-2 text-lg font-semibold text-brand-strong">
              {/* eslint-disable-next-line @next/next/no-img-element -- a 1 kB SVG from public/: next/image would add client code */}
              <img src="/icon.svg" alt="" width={28} height={28} />
              Dealmaker Index
            </a>
          </div>
        </header>
        {/* Pages with wide tables (the admin) mark themselves data-wide and get the width of a laptop screen. */}
        <main id="main" className="mx-auto max-w-4xl px-4 py-8 has-[[data-wide]]:max-w-7xl">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
