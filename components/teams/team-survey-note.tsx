// Above the survey of a team's member or leader: whose survey this is, and what the leader will and will not see.
export function TeamSurveyNote({ teamName, role, profileFixed = false }: { teamName: string; role: "leader" | "member"; profileFixed?: boolean }) {
  return (
    <p className="rounded-md border border-line bg-surface p-3 text-sm">
      {role === "member"
        ? `You are answering as a member of “${teamName}”. Your report is yours alone: your leader sees only the team's combined figures. The company profile is set by your leader.`
        : profileFixed
          ? `You are answering as the leader of “${teamName}”. The team's profile (industry, size, region, sales model) is fixed now that members have answered.`
          : `You are answering as the leader of “${teamName}”. Your profile answers (industry, size, region, sales model) become the whole team's.`}
    </p>
  );
}
