"use client";
// The last resort, when the root layout itself failed: it replaces the whole document, so it brings its own html and
// body and only the styles already loaded.
import "./globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <main className="mx-auto max-w-2xl space-y-4 px-4 py-12" role="alert">
          <p className="text-lg font-semibold text-brand-strong">Dealmaker Index</p>
          <h1 className="text-3xl font-bold tracking-tight">The site could not be shown</h1>
          <p className="text-lg text-muted">Please try again in a moment. If you were filling in the survey, your answers are kept on this device.</p>
          {error.digest && <p className="text-sm text-muted">Reference: <code>{error.digest}</code></p>}
          <button
            type="button"
            onClick={reset}
            className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
