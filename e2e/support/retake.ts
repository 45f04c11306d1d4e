// Taking the survey again in the e2e specs (docs/decisions/027-retake.md): a consenting participant's answers, saving
// a whole survey in a page's own cookie jar, axe, and what the database holds of a participant's responses.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { instrument, PART_A_IDS, type Answers } from "@/lib/instrument";
import { buildAnswers, sliceAnswers } from "@/tests/support/answer-fixtures";
import { queryE2eDatabase } from "./database";

export const consentingAnswers = (email: string): Answers => ({ ...buildAnswers("middle"), [PART_A_IDS.email]: email, [PART_A_IDS.consent]: true });

/** Saves every step of `answers` through the survey's API with this page's cookie (its draft, or a new one). */
export async function saveAllSteps(page: Page, answers: Answers, baseURL = "") {
  for (const section of instrument.sections) {
    const ids = section.questions.map((question) => question.id);
    const saved = await page.request.put(`${baseURL}/api/survey/steps`, { data: { sectionId: section.id, answers: sliceAnswers(answers, ids) } });
    expect(saved.status(), `saving ${section.id}: ${await saved.text()}`).toBe(200);
  }
}

/** Submits this page's draft through the survey's API; the report's path. */
export async function submitDraft(page: Page, baseURL = ""): Promise<string> {
  const submitted = await page.request.post(`${baseURL}/api/survey/submit`, { data: {} });
  expect(submitted.status(), await submitted.text()).toBe(200);
  return ((await submitted.json()) as { reportUrl: string }).reportUrl;
}

export async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/** The response whose report has this path's token. */
export async function responseOfReport(reportPath: string): Promise<string> {
  const token = reportPath.split("/").at(-1)!;
  const [row] = await queryE2eDatabase<{ id: string }>(
    `SELECT "responseId"::text AS id FROM "Report" WHERE "tokenHash" = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
    [token],
  );
  return row!.id;
}

/** The responses retaken from `responseId`, oldest first. */
export const retakesOf = (responseId: string) =>
  queryE2eDatabase<{ status: string; participantId: string }>(
    `SELECT status::text, "participantId"::text AS "participantId" FROM "Response" WHERE "previousResponseId" = $1::uuid ORDER BY "startedAt"`,
    [responseId],
  );
