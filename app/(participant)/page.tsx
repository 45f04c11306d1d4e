import Link from "next/link";
import { instrument, totalEstimatedSeconds } from "@/lib/instrument";
import { FACTORS } from "@/lib/sales-velocity-factors";

// The optional Part E is left out of the headline estimate: most participants skip it.
const allMinutes = Math.round(totalEstimatedSeconds() / 60);
const coreMinutes = Math.round(
  (totalEstimatedSeconds() - instrument.sections.filter((s) => s.part === "E").reduce((sum, s) => sum + s.estimatedSeconds, 0)) / 60,
);

export default function HomePage() {
  return (
    <div className="space-y-8">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">How does your sales team compare?</h1>
        <p className="max-w-2xl text-lg text-muted">
          The Dealmaker Index is a global benchmark of how sales organisations sell. Answer questions about your
          team and your own practice and get a personal report that scores you on the
          four levers of sales velocity and places you against companies like yours.
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <Link
            href="/survey"
            className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
          >
            Start the survey
          </Link>
          <p className="text-sm text-muted">
            About {coreMinutes} minutes ({allMinutes} with the optional pipeline step) · saved as you go · resume any time
          </p>
        </div>
      </section>
      <section aria-labelledby="factors" className="space-y-3">
        <h2 id="factors" className="text-xl font-semibold">What the index measures</h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {FACTORS.map((factor) => (
            <li key={factor.name} className="rounded-lg border border-line bg-surface p-4">
              <p className="font-semibold text-brand-strong">{factor.name}</p>
              <p className="text-sm text-muted">{factor.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
