import { describe, expect, it } from "vitest";
import { PART_A_IDS, findSection, instrument, sectionAnswersSchema } from "@/lib/instrument";
import { LOCKED_PROFILE_HELP, lockTeamProfile, profileFromAnswers, withTeamProfile } from "./team-profile";

const profile = { industry: "software", companySize: "250-999", region: null, salesModel: "inside" };

describe("the team's profile", () => {
  it("is read from the leader's answers, a field left out being null", () => {
    expect(profileFromAnswers({ [PART_A_IDS.industry]: "software", [PART_A_IDS.region]: "", [PART_A_IDS.role]: "seller" })).toEqual({
      industry: "software",
      companySize: null,
      region: null,
      salesModel: null,
    });
  });

  it("replaces a member's own profile answers where the team has one, and nothing else", () => {
    const member = { [PART_A_IDS.industry]: "telecoms", [PART_A_IDS.region]: "europe", [PART_A_IDS.role]: "seller" };
    expect(withTeamProfile(member, profile)).toEqual({
      [PART_A_IDS.industry]: "software",
      [PART_A_IDS.companySize]: "250-999",
      [PART_A_IDS.region]: "europe",
      [PART_A_IDS.salesModel]: "inside",
      [PART_A_IDS.role]: "seller",
    });
  });

  it("offers a member only the team's answer, which still passes the step's check", () => {
    const locked = lockTeamProfile(instrument.sections, profile);
    const step = locked.find((section) => section.id === "a.profile")!;
    const options = (id: string) => (step.questions.find((question) => question.id === id) as { options: { value: string }[] }).options.map((o) => o.value);
    expect(options(PART_A_IDS.industry)).toEqual(["software"]);
    expect(options(PART_A_IDS.salesModel)).toEqual(["inside"]);
    expect(options(PART_A_IDS.region)).toHaveLength(5);
    expect(options(PART_A_IDS.role).length).toBeGreaterThan(1);
    expect(step.questions.find((question) => question.id === PART_A_IDS.industry)?.help).toBe(LOCKED_PROFILE_HELP);
    expect(locked.filter((section) => section.id !== "a.profile")).toEqual(instrument.sections.filter((section) => section.id !== "a.profile"));
    const answers = withTeamProfile({ [PART_A_IDS.role]: "seller", [PART_A_IDS.revenue]: "under-10m", [PART_A_IDS.region]: "europe", [PART_A_IDS.salesTeamSize]: "1-5" }, profile);
    expect(sectionAnswersSchema(findSection("a.profile")!).safeParse(answers).success).toBe(true);
  });
});
