// The two mails a team's leader gets when creating a team with an address (issue 16): the invite link to pass on, and
// the private dashboard link to keep. Two mails of one link each, so neither is forwarded with the other by mistake.
import type { Layout, MailFacts } from "./templates";

const team = (facts: MailFacts) => (facts.teamName ? `“${facts.teamName}”` : "your team");
const why = "You receive this mail because this address was given when the team was created on the Dealmaker Index. If it was not you, ignore it.";

export const TEAM_TEMPLATES = {
  "team-invite-link": (facts: MailFacts): Layout => ({
    subject: "The invite link for your Dealmaker Index team",
    greeting: "Hello,",
    lead: [
      `This is the link to send the members of ${team(facts)}. Each of them takes the survey on their own and gets a private report that only they can read.`,
    ],
    linkLabel: "Invite link for your team",
    notes: ["Anyone with this link can join the team until you close it from the team dashboard, so share it only with your team."],
    why,
  }),
  "team-dashboard-link": (facts: MailFacts): Layout => ({
    subject: "Your Dealmaker Index team dashboard",
    greeting: "Hello,",
    lead: [
      `This link opens the dashboard of ${team(facts)}: how many members have taken part, the spread of their results, and where you and your team see the business differently.`,
    ],
    linkLabel: "Open the team dashboard",
    notes: [
      "Keep this link to yourself: whoever holds it reads the dashboard and can close the team. We keep only a fingerprint of it, so we cannot send it to you again — keep this mail.",
    ],
    why,
  }),
} as const;
