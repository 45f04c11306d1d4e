// A team's surveys the browser's way (issue 16): the leader's profile step sets the team's profile; a member's draft
// gets it prefilled and offered as the only answer, whatever the member sends, and so does the leader's once a member
// has completed; a report can become a team's leader's.
import { describe, expect, it } from "vitest";
import { PART_A_IDS, ResponseAnswersSchema, findSection, instrument, type Answers } from "@/lib/instrument";
import { db } from "@/lib/db/client";
import { findDraft, saveDraftStep } from "@/lib/db/drafts";
import { findTeamById } from "@/lib/db/teams";
import { hashToken } from "@/lib/db/tokens";
import { completeDraft } from "@/lib/responses/submit";
import { buildAnswers, sliceAnswers } from "@/tests/support/answer-fixtures";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { createTeam } from "./create-team";
import { startTeamSurvey, teamStepAnswers, teamSurveyView } from "./team-survey";

withMigratedDatabase();

const profileStep = findSection("a.profile")!;
const answersOf = (industry: string, role: string): Answers =>
  ResponseAnswersSchema.parse({ ...buildAnswers("middle", { includeOptional: false }), [PART_A_IDS.industry]: industry, [PART_A_IDS.role]: role });

async function saveAll(token: string, answers: Answers) {
  for (const [index, section] of instrument.sections.entries()) {
    const slice = sliceAnswers(answers, section.questions.map((question) => question.id));
    await saveDraftStep(token, section, await teamStepAnswers(token, section, slice), index + 1);
  }
}

describe("a team's surveys", () => {
  it("takes the profile from the leader's step and holds every member to it", async () => {
    const { teamId } = await createTeam({ name: "Profile", leaderEmail: null, now: new Date() });
    const team = (await findTeamById(teamId))!;
    const early = await startTeamSurvey(team, "member");
    const leader = await startTeamSurvey(team, "leader");
    await saveAll(leader, answersOf("healthcare", "sales-leader"));
    expect(await findTeamById(teamId)).toMatchObject({ industry: "healthcare" });

    // A member who started before the leader's step, and one after: both end with the team's industry.
    const late = await startTeamSurvey((await findTeamById(teamId))!, "member");
    expect((await findDraft(late))?.answers[PART_A_IDS.industry]).toBe("healthcare");
    const view = await teamSurveyView(early, instrument.sections, {});
    const industry = view!.sections.find((section) => section.id === "a.profile")!.questions.find((question) => question.id === PART_A_IDS.industry)!;
    expect(industry.kind === "choice" && industry.options.map((option) => option.value)).toEqual(["healthcare"]);
    expect(view!.answers[PART_A_IDS.industry]).toBe("healthcare");
    for (const token of [early, late]) {
      await saveAll(token, answersOf("telecoms", "seller"));
      expect((await completeDraft(token)).status).toBe("completed");
    }
    // A member's profile step never moves the team's profile.
    await saveDraftStep(early, profileStep, await teamStepAnswers(early, profileStep, { [PART_A_IDS.industry]: "telecoms" }), 1);
    expect(await findTeamById(teamId)).toMatchObject({ industry: "healthcare" });
    const rows = await db().response.findMany({ where: { teamId, teamRole: "member" }, select: { industry: true, status: true } });
    expect(rows).toEqual([
      { industry: "healthcare", status: "COMPLETED" },
      { industry: "healthcare", status: "COMPLETED" },
    ]);
    expect(await teamSurveyView(undefined, instrument.sections, {})).toBeNull();

    // With members completed, the leader's profile is fixed too: a changed answer is stored as the team's, the team's
    // profile stays, and the leader is offered it alone.
    const before = await teamSurveyView(leader, instrument.sections, {});
    expect(before?.profileFixed).toBe(true);
    const stored = await teamStepAnswers(leader, profileStep, { ...sliceAnswers(answersOf("telecoms", "sales-leader"), profileStep.questions.map((q) => q.id)) });
    expect(stored[PART_A_IDS.industry]).toBe("healthcare");
    expect(stored[PART_A_IDS.role]).toBe("sales-leader");
    expect(await findTeamById(teamId)).toMatchObject({ industry: "healthcare" });
    const leaderIndustry = before!.sections.find((section) => section.id === "a.profile")!.questions.find((question) => question.id === PART_A_IDS.industry)!;
    expect(leaderIndustry.kind === "choice" && leaderIndustry.options.map((option) => option.value)).toEqual(["healthcare"]);
  });

  it("makes the report a team is created from the leader's response, once", async () => {
    const own = await db().response.create({ data: { instrumentVersion: instrument.version, status: "COMPLETED", industry: "energy-utilities", companySize: "50-249" }, select: { id: true } });
    const token = "T".repeat(43);
    await db().report.create({ data: { responseId: own.id, tokenHash: hashToken(token), reportVersion: "1", scoringVersion: "1", document: {} } });
    const first = await createTeam({ name: "From my report", leaderEmail: null, leaderReportToken: token, now: new Date() });
    expect(first.leaderAdopted).toBe(true);
    expect(await findTeamById(first.teamId)).toMatchObject({ industry: "energy-utilities", companySize: "50-249" });
    expect(await db().response.findUniqueOrThrow({ where: { id: own.id }, select: { teamId: true, teamRole: true } })).toEqual({ teamId: first.teamId, teamRole: "leader" });
    const second = await createTeam({ name: "Again", leaderEmail: null, leaderReportToken: token, now: new Date() });
    expect(second.leaderAdopted).toBe(false);
  });
});
