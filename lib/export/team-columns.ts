// Team mode's columns of the responses CSV (issue 16): whether a response was given in a team, as whom, and how many
// members of that team have completed the survey (the team size the admin's responses list shows too).
import type { ExportColumn } from "./export-column";

export function teamColumns(): ExportColumn[] {
  return [
    {
      name: "team_role",
      group: "team",
      meaning: "The response's part in a team: the leader's own survey, or a member's through the invite link; empty outside a team",
      unit: "code",
      allowed: "leader, member",
      value: ({ response }) => response.team?.role ?? null,
    },
    {
      name: "team_size",
      group: "team",
      meaning: "Members of the response's team who have completed the survey, now (the leader not counted); empty outside a team",
      unit: "count",
      allowed: "0 or more",
      value: ({ response }) => response.team?.size ?? null,
    },
  ];
}
