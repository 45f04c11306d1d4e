// Any address with nothing behind it, a mistyped or erased report link included: say so plainly and offer a way on.
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/* eslint-disable @next/next/no-html-link-for-pages -- plain links: next/link would add client code (docs/decisions/008b) */
export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-strong">404 · not found</p>
      <h1 className="text-3xl font-bold tracking-tight">There is nothing at this address</h1>
      <p className="text-lg text-muted">
        If you followed a report link, check that it was copied whole: report links are long and private, and a link
        to a report that was erased opens nothing. A resume link works once; after that, the survey gives you a new one.
      </p>
      <ul className="flex flex-wrap gap-4">
        <li>
          <a href="/" className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong">
            Go to the home page
          </a>
        </li>
        <li>
          <a href="/survey" className="inline-flex min-h-11 items-center rounded-md border border-line bg-surface px-5 py-2 font-medium text-ink hover:bg-canvas">
            Take the survey
          </a>
        </li>
      </ul>
    </div>
  );
}
