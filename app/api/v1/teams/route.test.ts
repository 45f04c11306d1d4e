// The team API's contract (issue 16): POST /api/v1/teams, GET /api/v1/teams/{dashboardToken}, and POST /api/v1/responses
// with a team's invite code — suppression below TEAM_MIN_MEMBERS, the figures against a brute-force count, 404s.
import { describe, expect, it } from "vitest";
import { INSTRUMENT_VERSION, PART_A_IDS, ResponseAnswersSchema, findQuestion, instrument, type Answers, type ChoiceQuestion } from "@/lib/instrument";
import type { TeamDashboard } from "@/lib/api/team-schemas";
import { db } from "@/lib/db/client";
import { saveDraftStep } from "@/lib/db/drafts";
import { findTeamByInviteCode } from "@/lib/db/teams";
import { completeDraft } from "@/lib/responses/submit";
import { startTeamSurvey, teamStepAnswers } from "@/lib/team-mode/team-survey";
import { buildAnswers, sliceAnswers } from "@/tests/support/answer-fixtures";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { POST as submitResponse } from "../responses/route";
import { GET } from "./[dashboardToken]/route";
import { POST } from "./route";

withMigratedDatabase();

const JSON_TYPE = { "content-type": "application/json" };
const createTeam = (body: unknown, headers: Record<string, string> = JSON_TYPE) =>
  POST(new Request("http://localhost/api/v1/teams", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers }));
const dashboard = async (token: string) => {
  const response = await GET(new Request(`http://localhost/api/v1/teams/${token}`), { params: Promise.resolve({ dashboardToken: token }) });
  return { status: response.status, body: (await response.json()) as TeamDashboard & { error?: { fields: Record<string, string> } } };
};
const submit = (answers: Answers, team?: string) =>
  submitResponse(new Request("http://localhost/api/v1/responses", { method: "POST", headers: JSON_TYPE, body: JSON.stringify({ instrumentVersion: INSTRUMENT_VERSION, answers, team }) }));

async function newTeam(name = "EMEA field sales") {
  const response = await createTeam({ name });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { teamId: string; inviteCode: string; inviteUrl: string; dashboardUrl: string };
  return { ...body, token: body.dashboardUrl.split("/t/")[1]! };
}

const memberAnswers = (pick: "best" | "worst" | "middle", role: string, industry = "telecoms"): Answers =>
  ResponseAnswersSchema.parse({ ...buildAnswers(pick, { includeOptional: false }), [PART_A_IDS.role]: role, [PART_A_IDS.industry]: industry });

/** The leader takes the survey the browser's way: a team draft, each step saved through the steps route's hook, then submitted. */
async function leaderTakesSurvey(inviteCode: string, answers: Answers) {
  const token = await startTeamSurvey((await findTeamByInviteCode(inviteCode))!, "leader");
  for (const [index, section] of instrument.sections.entries()) {
    const slice = sliceAnswers(answers, section.questions.map((question) => question.id));
    expect(await saveDraftStep(token, section, await teamStepAnswers(token, section, slice), index + 1)).toBe("saved");
  }
  expect((await completeDraft(token)).status).toBe("completed");
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
};

describe("POST /api/v1/teams", () => {
  it("creates a team: 201 with the invite code and both private links; the dashboard opens, empty and suppressed", async () => {
    const team = await newTeam();
    expect(team.inviteCode).toMatch(/^[a-z2-9]{12}$/);
    expect(team.inviteUrl).toBe(`http://localhost/join/${team.inviteCode}`);
    expect(team.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db().team.findUniqueOrThrow({ where: { id: team.teamId }, select: { dashboardTokenHash: true, inviteCode: true } });
    expect(stored.dashboardTokenHash).not.toContain(team.token);
    const { status, body } = await dashboard(team.token);
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: "EMEA field sales", closed: false, started: 0, completed: 0, minimumMembers: 3, suppressed: true, indices: null, gaps: [] });
  });

  it("puts the two links in the outbox for the leader's address, one mail each", async () => {
    const response = await createTeam({ name: "Mailed team", leaderEmail: "lead@example.com" });
    const { teamId, inviteUrl } = (await response.json()) as { teamId: string; inviteUrl: string };
    const mails = await db().outboxMail.findMany({ where: { teamId }, select: { kind: true, toAddress: true, textBody: true, status: true } });
    expect(mails.map((mail) => mail.kind).sort()).toEqual(["team-dashboard-link", "team-invite-link"]);
    expect(mails.every((mail) => mail.toAddress === "lead@example.com" && mail.status === "stored")).toBe(true);
    expect(mails.find((mail) => mail.kind === "team-invite-link")!.textBody).toContain(new URL(inviteUrl).pathname);
    expect(mails.find((mail) => mail.kind === "team-dashboard-link")!.textBody).toMatch(/\/t\/[A-Za-z0-9_-]{43}/);
  });

  it.each([
    { body: "{ name: ", status: 400, field: null },
    { body: ["a team"], status: 400, field: "body" },
    { body: { name: "Team", members: 4 }, status: 400, field: "body" },
    { body: {}, status: 422, field: "name" },
    { body: { name: "   " }, status: 422, field: "name" },
    { body: { name: "x".repeat(81) }, status: 422, field: "name" },
    { body: { name: "Team", leaderEmail: "lead@" }, status: 422, field: "leaderEmail" },
  ])("refuses $body with $status and stores nothing", async ({ body, status, field }) => {
    const before = await db().team.count();
    const response = await createTeam(body);
    expect(response.status).toBe(status);
    const error = ((await response.json()) as { error: { fields: Record<string, string> } }).error;
    if (field) expect(Object.keys(error.fields)).toContain(field);
    expect(await db().team.count()).toBe(before);
  });

  it("refuses a body that is not JSON with 415", async () => {
    expect((await createTeam("name=Team", { "content-type": "application/x-www-form-urlencoded" })).status).toBe(415);
  });
});

describe("GET /api/v1/teams/{dashboardToken}", () => {
  it("is 404 for an unknown or malformed token", async () => {
    expect((await dashboard("B".repeat(43))).status).toBe(404);
    expect((await dashboard("not-a-token")).status).toBe(404);
  });

  it("shows nothing member-derived below the minimum, then the medians and the leader's gaps, and forgets an erased member", async () => {
    const team = await newTeam("Four sellers");
    const leader = ResponseAnswersSchema.parse({ ...buildAnswers("best", { includeOptional: false }), [PART_A_IDS.role]: "sales-leader", [PART_A_IDS.industry]: "software" });
    await leaderTakesSurvey(team.inviteCode, leader);
    const members = [memberAnswers("worst", "seller"), memberAnswers("middle", "first-line-manager"), memberAnswers("best", "seller")];
    const ids: string[] = [];
    for (const answers of members.slice(0, 2)) {
      const response = await submit(answers, team.inviteCode);
      expect(response.status).toBe(201);
      ids.push(((await response.json()) as { responseId: string }).responseId);
    }
    const two = (await dashboard(team.token)).body;
    expect(two).toMatchObject({ started: 2, completed: 2, suppressed: true, leaderCompleted: true, indices: null, hardNumbers: null, peers: null, personalDistribution: null, gaps: [] });

    ids.push(((await (await submit(members[2]!, team.inviteCode)).json()) as { responseId: string }).responseId);
    const three = (await dashboard(team.token)).body;
    expect(three).toMatchObject({ started: 3, completed: 3, suppressed: false, leaderCompleted: true, managersVersusSellers: false });

    // Brute force from the stored rows: the members' overall indices, and a question's answers as places on its scale.
    const rows = await db().response.findMany({ where: { id: { in: ids } }, select: { industry: true, answers: true, score: { select: { overall: true, personalIndex: true } } } });
    expect(rows.every((row) => row.industry === "software")).toBe(true);
    expect(three.indices!.overall).toEqual({ median: Math.floor(median(rows.map((row) => row.score!.overall!)) + 0.5), p25: null, p75: null });
    expect(three.personalDistribution!.reduce((sum, band) => sum + band.count, 0)).toBe(3);
    const question = findQuestion("c.coaching.manager-coaching-time") as ChoiceQuestion;
    const place = (answers: unknown) => question.options.findIndex((option) => option.value === (answers as Answers)[question.id]) + 1;
    const gap = three.gaps.find((candidate) => candidate.questionId === question.id)!;
    expect(gap).toMatchObject({ comparison: "leader-members", leader: place(leader), members: median(rows.map((row) => place(row.answers))) });
    expect(gap.difference).toBe(gap.leader - gap.members);
    expect(gap.sentence).toMatch(/^“.+” You answered “.+”; your team.s median answer is “.+”\./);
    expect(three.gaps[0]!.sentence).toMatch(/: you score it 100 out of 100; your team.s median is \d+\. You see it more favourably/);
    expect(three.peers?.group).toBeTruthy();

    await db().response.delete({ where: { id: ids[0]! } });
    expect((await dashboard(team.token)).body).toMatchObject({ started: 2, completed: 2, suppressed: true, indices: null, gaps: [] });
  });
});

describe("POST /api/v1/responses with a team", () => {
  it("refuses an unknown or closed invite code with 422 and a message on the team field, storing nothing", async () => {
    const team = await newTeam("Closing");
    await db().team.update({ where: { id: team.teamId }, data: { closedAt: new Date() } });
    const before = await db().response.count();
    for (const code of ["zzzzzzzzzzzz", "bad code", team.inviteCode]) {
      const response = await submit(memberAnswers("middle", "seller"), code);
      expect(response.status).toBe(422);
      const { error } = (await response.json()) as { error: { fields: Record<string, string> } };
      expect(Object.keys(error.fields)).toEqual(["team"]);
    }
    expect(await db().response.count()).toBe(before);
  });

  it("joins the team as a member, with the team's profile once the leader has set it", async () => {
    const team = await newTeam("Open");
    const first = (await (await submit(memberAnswers("middle", "seller", "telecoms"), team.inviteCode)).json()) as { responseId: string };
    expect(await db().response.findUniqueOrThrow({ where: { id: first.responseId }, select: { teamId: true, teamRole: true, industry: true } })).toEqual({
      teamId: team.teamId,
      teamRole: "member",
      industry: "telecoms",
    });
    await db().team.update({ where: { id: team.teamId }, data: { industry: "healthcare", region: "europe" } });
    const second = (await (await submit(memberAnswers("middle", "seller", "telecoms"), team.inviteCode)).json()) as { responseId: string };
    expect(await db().response.findUniqueOrThrow({ where: { id: second.responseId }, select: { industry: true, region: true } })).toEqual({ industry: "healthcare", region: "europe" });
  });
});

describe("the limit on new teams", () => {
  it("answers 429 with Retry-After once a client has created TEAM_RATE_LIMIT_PER_HOUR teams", async () => {
    let response: Response | undefined;
    for (let attempt = 0; attempt < 25; attempt++) {
      response = await createTeam({ name: `Team ${attempt}` });
      if (response.status === 429) break;
      expect(response.status).toBe(201);
    }
    expect(response!.status).toBe(429);
    expect(Number(response!.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
