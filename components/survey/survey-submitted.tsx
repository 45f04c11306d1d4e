// What a submitted survey's resume link or cookie shows when it cannot lead to the report: the report opens only with
// its own link (docs/decisions/016-resume-links.md, 020-report-tokens-hashed.md).
export function SurveySubmitted({ heading, lead }: { heading: string; lead: string }) {
  return (
    <div className="mx-auto max-w-prose space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{heading}</h1>
      <p>
        {lead} Your report opens with the report link you were given when you submitted (keep it private: it is the only
        way in).
      </p>
      <a href="/survey/new" className="font-medium text-brand-strong underline">
        Start a new survey
      </a>
    </div>
  );
}
