// The team's profile (issue 16): industry, size, region and sales model as the leader answered them. It is copied into
// every member's answers and shown to members as a choice of one, so a team is compared with one peer group.
import { PART_A_IDS, type Answers, type Section } from "@/lib/instrument";
import { TEAM_PROFILE_IDS } from "./team-rules";

export interface TeamProfile {
  industry: string | null;
  companySize: string | null;
  region: string | null;
  salesModel: string | null;
}

const FIELD_OF: Record<(typeof TEAM_PROFILE_IDS)[number], keyof TeamProfile> = {
  [PART_A_IDS.industry]: "industry",
  [PART_A_IDS.companySize]: "companySize",
  [PART_A_IDS.region]: "region",
  [PART_A_IDS.salesModel]: "salesModel",
};

export const TEAM_PROFILE_SECTION_ID = "a.profile";

/** The profile in a set of answers (the leader's profile step): each field null where not answered. */
export function profileFromAnswers(answers: Answers): TeamProfile {
  const value = (id: string) => (typeof answers[id] === "string" && answers[id] !== "" ? (answers[id] as string) : null);
  return { industry: value(PART_A_IDS.industry), companySize: value(PART_A_IDS.companySize), region: value(PART_A_IDS.region), salesModel: value(PART_A_IDS.salesModel) };
}

/** The answers with the team's profile in place of the member's own, field by field where the team has one. */
export function withTeamProfile(answers: Answers, profile: TeamProfile): Answers {
  const next = { ...answers };
  for (const id of TEAM_PROFILE_IDS) {
    const value = profile[FIELD_OF[id]];
    if (value !== null) next[id] = value;
  }
  return next;
}

export const LOCKED_PROFILE_HELP = "Set by your team's leader for the whole team, so the team is compared with one peer group.";
export const FIXED_PROFILE_HELP = "Fixed for the whole team now that members have answered, so the team stays compared with one peer group.";

/**
 * The sections a member sees (and the leader, once a member has completed): each profile question the team has
 * answered offers that answer alone.
 */
export function lockTeamProfile(sections: readonly Section[], profile: TeamProfile, help: string = LOCKED_PROFILE_HELP): Section[] {
  return sections.map((section) =>
    section.id !== TEAM_PROFILE_SECTION_ID
      ? section
      : {
          ...section,
          questions: section.questions.map((question) => {
            const field = FIELD_OF[question.id as keyof typeof FIELD_OF];
            const value = field ? profile[field] : null;
            if (question.kind !== "choice" || value === null) return question;
            const chosen = question.options.filter((option) => option.value === value);
            return chosen.length === 1 ? { ...question, options: chosen, help } : question;
          }),
        },
  );
}
