export default function RetakeInviteNotFound() {
  return (
    <div className="mx-auto max-w-prose space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">This invitation does not open a survey</h1>
      <p>
        It may have been used already — each invitation works once — or it has expired, or the address was mistyped. Your
        report&apos;s private link still offers to take the survey again, from the “Take it again” part at its end.
      </p>
      <a href="/survey/new" className="font-medium text-brand-strong underline">
        Start a new survey
      </a>
    </div>
  );
}
