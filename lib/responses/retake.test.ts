// Taking the survey again from a report's private link (docs/decisions/027-retake.md): the new draft is filled in with
// the earlier answers and linked to the response and the participant; a bad link or a survey in progress writes
// nothing; the retake's report is built with its earlier reports, oldest first, and links to them under its own link,
// while the earlier report stays as it was and cannot read the later one.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { countResponses, saveAll, submit, submitFirst } from "@/tests/support/retakes";
import { instrument, PART_A_IDS, PART_B_IDS, type Answers } from "@/lib/instrument";
import { buildReport } from "@/lib/report/build-report";
import { db } from "@/lib/db/client";
import { createDraft, findDraft, saveDraftStep } from "@/lib/db/drafts";
import { findReport } from "@/lib/db/reports";
import { GET as getReport } from "@/app/api/v1/reports/[token]/route";
import { earlierReportsOf } from "./earlier-reports";
import { startRetake } from "./retake";

vi.mock("@/lib/report/build-report", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/report/build-report")>();
  return { ...original, buildReport: vi.fn(original.buildReport) };
});

withMigratedDatabase();

const DAY = 24 * 60 * 60 * 1000;
const FIRST = new Date("2026-01-10T10:00:00.000Z");
const contactStep = instrument.sections.findIndex((section) => section.id === "a.contact");
const consenting = (): Answers => ({ ...buildAnswers("middle"), [PART_A_IDS.email]: "kim@example.com", [PART_A_IDS.name]: "Kim" });

const responseRow = (id: string) =>
  db().response.findUniqueOrThrow({
    where: { id },
    select: { status: true, answers: true, currentStep: true, previousResponseId: true, participantId: true, updatedAt: true, report: { select: { document: true } } },
  });

async function retakeOf(reportToken: string, currentResumeToken?: string) {
  const outcome = await startRetake({ via: { report: reportToken }, currentResumeToken, setAside: false, now: new Date() });
  if (outcome.status !== "started") throw new Error(`not started: ${outcome.status}`);
  return outcome.resumeToken;
}

const apiReport = async (token: string) =>
  getReport(new Request(`https://survey.example.test/api/v1/reports/${token}`), { params: Promise.resolve({ token }) });

beforeEach(() => {
  vi.mocked(buildReport).mockClear();
});

describe("starting a retake from the report", () => {
  it("creates a draft filled in with the earlier answers, linked to the response and its participant, and changes nothing else", async () => {
    const first = await submitFirst(consenting(), FIRST);
    const before = await responseRow(first.responseId);
    const resumeToken = await retakeOf(first.reportToken);

    const draft = await findDraft(resumeToken);
    const row = await responseRow(draft!.id);
    expect(row).toMatchObject({ status: "DRAFT", previousResponseId: first.responseId, participantId: first.responseId, report: null });
    const earlierAnswers = before.answers as Answers;
    // Every answer but the consent box, which the participant ticks again; the contact step is where they stop.
    const expected = { ...earlierAnswers };
    delete expected[PART_A_IDS.consent];
    expect(row.answers).toEqual(expected);
    expect(row.answers).toMatchObject({ [PART_A_IDS.email]: "kim@example.com", [PART_B_IDS.wonCount]: earlierAnswers[PART_B_IDS.wonCount] });
    expect(row.currentStep).toBe(contactStep);
    // The earlier response is not touched: no participant id written on it, its answers and report as they were.
    expect(await responseRow(first.responseId)).toEqual(before);
  });

  it("refuses a malformed or unknown link, and a draft's resume token, writing nothing", async () => {
    const { resumeToken } = await createDraft();
    const count = await countResponses();
    for (const token of ["", "short", "Z".repeat(43), `${"a".repeat(42)}!`, resumeToken]) {
      expect(await startRetake({ via: { report: token }, currentResumeToken: undefined, setAside: true, now: new Date() })).toEqual({ status: "not-found" });
    }
    expect(await countResponses()).toBe(count);
  });

  it("does not set aside a survey in progress in this browser unless told to, and reopens a retake already started", async () => {
    const first = await submitFirst(buildAnswers("worst"), FIRST);
    const other = await createDraft();
    await saveDraftStep(other.resumeToken, instrument.sections[0]!, { [PART_A_IDS.role]: buildAnswers("best")[PART_A_IDS.role]! }, 1);
    const count = await countResponses();

    const asked = await startRetake({ via: { report: first.reportToken }, currentResumeToken: other.resumeToken, setAside: false, now: new Date() });
    expect(asked).toEqual({ status: "other-survey", other: { resumePath: `/survey/resume/${other.resumeToken}`, stepsDone: 1, steps: instrument.sections.length } });
    expect(await countResponses()).toBe(count);

    const started = await startRetake({ via: { report: first.reportToken }, currentResumeToken: other.resumeToken, setAside: true, now: new Date() });
    expect(started.status).toBe("started");
    const retakeToken = (started as { resumeToken: string }).resumeToken;
    // The set-aside survey is still there, under its own link.
    expect((await findDraft(other.resumeToken))?.status).toBe("DRAFT");
    // A second click in the browser that holds the retake opens it again rather than starting another.
    expect(await startRetake({ via: { report: first.reportToken }, currentResumeToken: retakeToken, setAside: false, now: new Date() })).toEqual({ status: "in-progress" });
    expect(await countResponses()).toBe(count + 1);
  });

  it("does not ask about an empty survey in this browser", async () => {
    const first = await submitFirst(buildAnswers("middle"), FIRST);
    const empty = await createDraft();
    expect((await startRetake({ via: { report: first.reportToken }, currentResumeToken: empty.resumeToken, setAside: false, now: new Date() })).status).toBe("started");
  });
});

describe("a retake's report", () => {
  it("is built with the earlier reports, oldest first, and links to them under its own link only", async () => {
    const first = await submitFirst(consenting(), FIRST);
    const firstReport = await findReport(first.reportToken);
    const secondAt = new Date(FIRST.getTime() + 200 * DAY);
    const retake1 = await retakeOf(first.reportToken);
    await saveAll(retake1, { ...consenting(), [PART_A_IDS.consent]: true, [PART_B_IDS.wonCount]: 45 });
    const second = await submit(retake1, secondAt);

    vi.mocked(buildReport).mockClear();
    const thirdAt = new Date(FIRST.getTime() + 400 * DAY);
    const retake2 = await retakeOf(second.reportToken);
    const best = buildAnswers("best");
    for (const id of [PART_A_IDS.name, PART_A_IDS.email, PART_A_IDS.companyName]) delete best[id];
    await saveAll(retake2, { ...best, [PART_A_IDS.consent]: false });
    const third = await submit(retake2, thirdAt);

    // The builder was given both earlier reports, oldest first, as stored, and this report's date.
    const input = vi.mocked(buildReport).mock.calls.at(-1)![0];
    expect(input.completedAt).toBe(thirdAt.toISOString());
    expect(input.earlier?.map((report) => report.completedAt)).toEqual([FIRST.toISOString(), secondAt.toISOString()]);
    expect(input.earlier?.[0]!.document).toEqual(firstReport!.document);

    // Its stored document compares it with the latest earlier report (lib/report's Since last time part).
    const since = ((await findReport(third.reportToken))!.document as { sinceLastTime?: { previous: { completedAt: string }; completedAt: string; earlierReports: number } })
      .sinceLastTime;
    expect(since).toMatchObject({ previous: { completedAt: secondAt.toISOString() }, completedAt: thirdAt.toISOString(), earlierReports: 2 });
    expect(firstReport!.document).not.toHaveProperty("sinceLastTime");

    const row = await responseRow(third.responseId);
    expect(row).toMatchObject({ status: "COMPLETED", previousResponseId: second.responseId, participantId: first.responseId });

    // The newest report lists both under its token; the first report lists none and cannot reach the later ones.
    const newest = await apiReport(third.reportToken);
    const body = (await newest.json()) as { earlier: { completedAt: string; url: string; scores: { overall: number | null } }[] };
    expect(body.earlier.map((report) => [report.completedAt, report.url])).toEqual([
      [FIRST.toISOString(), `https://survey.example.test/r/${third.reportToken}/earlier/1`],
      [secondAt.toISOString(), `https://survey.example.test/r/${third.reportToken}/earlier/2`],
    ]);
    expect(body.earlier[0]!.scores.overall).toBe((firstReport!.document as { summary: { overall: { score: number } } }).summary.overall.score);
    expect(JSON.stringify(body)).not.toContain(first.reportToken);
    expect(JSON.stringify(body)).not.toContain(second.reportToken);
    expect(await (await apiReport(first.reportToken)).json()).toEqual({ ...(firstReport!.document as object), earlier: [] });
    expect((await earlierReportsOf((await findReport(second.reportToken))!.previousResponseId)).map((report) => report.n)).toEqual([1]);

    // The first report is as it was, at its own link.
    expect((await findReport(first.reportToken))?.document).toEqual(firstReport!.document);
  });

  it("a first survey's submit reads no earlier reports", async () => {
    const { responseId } = await submitFirst(buildAnswers("middle"), FIRST);
    expect(vi.mocked(buildReport).mock.calls.at(-1)![0].earlier).toEqual([]);
    expect((await responseRow(responseId)).previousResponseId).toBeNull();
  });
});
