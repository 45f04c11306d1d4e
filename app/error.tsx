"use client";
// A page that failed on the server or in the browser: an apology, the reference a support request needs, and a retry.
// Nothing the participant typed is lost: the survey keeps each step on the device until the server has it.

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl space-y-4" role="alert">
      <p className="text-sm font-semibold uppercase tracking-wide text-danger">Something went wrong</p>
      <h1 className="text-3xl font-bold tracking-tight">This page could not be shown</h1>
      <p className="text-lg text-muted">
        Please try again in a moment. If you were filling in the survey, your answers are kept on this device.
      </p>
      {error.digest && <p className="text-sm text-muted">Reference: <code>{error.digest}</code></p>}
      <div className="flex flex-wrap gap-4">
        {/* A plain button, not components/ui/button: this boundary's code loads with every page, the survey's included. */}
        <button type="button" onClick={reset} className="min-h-11 rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong">
          Try again
        </button>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load recovers from a broken client state */}
        <a href="/" className="inline-flex min-h-11 items-center rounded-md border border-line bg-surface px-4 py-2 font-medium text-ink hover:bg-canvas">
          Go to the home page
        </a>
      </div>
    </div>
  );
}
