// Says, above the sample report, that nothing in it is real: an invented company, peers from a synthetic population.

const START_CLASSES =
  "inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand";

export function SampleReportBanner({ populationSize }: { populationSize: number }) {
  return (
    <aside aria-label="About this sample" className="space-y-3 rounded-lg border-2 border-brand bg-brand-soft p-4 print:hidden">
      <p className="text-lg font-bold text-brand-strong">Sample report: an invented company</p>
      <p>
        This is the report the survey gives, shown for a participant who does not exist: the answers were generated, then
        scored and written up exactly as yours would be. The peer figures come from a synthetic population of{" "}
        {populationSize.toLocaleString("en-US")} generated responses, not from real participants. Your own report compares
        you with the companies that have actually taken part.
      </p>
      <a href="/survey" className={START_CLASSES}>
        Start the survey
      </a>
    </aside>
  );
}

/** The same invitation after the report, for a reader who got to the end. */
export function SampleReportCallToAction() {
  return (
    <section aria-labelledby="own-report" className="space-y-3 rounded-lg border border-line bg-surface p-4 print:hidden">
      <h2 id="own-report" className="text-xl font-semibold">
        Get this report for your own team
      </h2>
      <p className="text-muted">Answer the survey and your report is ready the moment you submit, compared with the companies that have taken part.</p>
      <a href="/survey" className={START_CLASSES}>
        Start the survey
      </a>
    </section>
  );
}
