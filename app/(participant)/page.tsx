import Link from "next/link";
import { instrument } from "@/lib/instrument";
import { FACTORS } from "@/lib/sales-velocity-factors";
import { surveyProgress } from "@/lib/survey/progress";

// The same figure the survey's first step shows as "minutes left": one estimate, from the instrument's answering times.
const minutes = surveyProgress(instrument.sections, 0).minutesLeft;
const optionalSteps = instrument.sections.filter((section) => section.part === "E").length;

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
        <div className="space-y-3">
          <div className="flex flex-wrap items-center gap-3">
            <Link
              href="/survey"
              className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
            >
              Start the survey
            </Link>
            <Link
              href="/sample-report"
              className="inline-flex min-h-11 items-center rounded-md border border-line bg-surface px-5 py-2 font-semibold text-ink hover:bg-canvas focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
            >
              See a sample report
            </Link>
            <Link href="/teams/new" className="inline-flex min-h-11 items-center px-2 font-semibold text-brand-strong underline">
              Invite your team
            </Link>
          </div>
          {/* Below both links, so it reads as the survey's and not the sample's. */}
          <p className="text-sm text-muted">
            The survey: about {minutes} minutes{optionalSteps ? ", the last step optional" : ""} · saved as you go · resume any time
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
      <section aria-labelledby="about" className="grid gap-6 sm:grid-cols-2">
        <div className="space-y-2">
          <h2 id="about" className="text-xl font-semibold">Who runs the study</h2>
          <p className="text-muted">
            The benchmark is built only from the answers given on this site, by sales leaders and sellers like you.
            The scoring is open: every index is a weighted average of your answers, from 0 to 100, and your report
            says which answers moved it most.
          </p>
        </div>
        <div className="space-y-2">
          <h2 className="text-xl font-semibold">Your answers stay yours</h2>
          <p className="text-muted">
            Peers only ever see figures for groups large enough to hide any one company. Contact details are optional
            and kept only with your consent. Your report has a private link.{" "}
            <a href="/privacy" className="font-medium text-brand-strong underline">
              What is stored, for how long, and how to erase it
            </a>
          </p>
        </div>
      </section>
    </div>
  );
}
