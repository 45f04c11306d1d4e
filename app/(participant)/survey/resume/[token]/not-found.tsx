export default function ResumeLinkNotFound() {
  return (
    <div className="mx-auto max-w-prose space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">This resume link does not open a survey</h1>
      <p>
        It may have been used already — each link works once, and the survey page then shows a new one — or mistyped.
        Open the newest link you saved, or start a new survey.
      </p>
      <a href="/survey/new" className="font-medium text-brand-strong underline">
        Start a new survey
      </a>
    </div>
  );
}
