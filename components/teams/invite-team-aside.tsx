// Below a participant's report: the way into team mode (issue 16), with their own answers as the leader's.
export function InviteTeamAside({ reportToken }: { reportToken: string }) {
  return (
    <aside aria-labelledby="invite-team" className="mt-8 space-y-2 rounded-lg border border-line bg-surface p-4 print:hidden">
      <h2 id="invite-team" className="text-lg font-semibold">
        See how your team sees it
      </h2>
      <p className="text-muted">
        Invite your sellers and managers to take the same survey. Each gets a private report; you get a team dashboard that
        shows where their view of the business differs from yours.
      </p>
      <a href={`/r/${reportToken}/team`} className="inline-flex min-h-11 items-center font-semibold text-brand-strong underline">
        Invite your team
      </a>
    </aside>
  );
}
