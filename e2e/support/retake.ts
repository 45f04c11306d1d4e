// Taking the survey again in the e2e specs (docs/decisions/027-retake.md): a consenting participant's answers, saving
// a whole survey in a page's own cookie jar, axe, and what the database holds of a participant's responses.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { instrument, PART_A_IDS, PART_B_IDS, type Answers } from "@/lib/instrument";
import { formatChange, formatPoint } from "@/lib/report/change-format";
import type { ChangeRow } from "@/lib/report/since-last-time-schema";
import { buildAnswers, sliceAnswers } from "@/tests/support/answer-fixtures";
import { queryE2eDatabase } from "./database";
import { answerStep, saveStep } from "./survey";

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

/**
 * Goes through a retake's survey to its review, checking each step is filled in with `buildAnswers("middle")` as
 * given with `email`: ticks the consent box again, sets deals won to `wonNow` and every answer of the first practices
 * step to the weakest.
 */
export async function walkRetake(page: Page, email: string, wonNow: number) {
  const earlier = buildAnswers("middle");
  const firstPractices = instrument.sections.find((section) => section.part === "C")!;
  while (await page.locator("main form h2").count()) {
    const title = await page.locator("main form h2").textContent();
    if (title === "Keeping in touch (optional)") {
      await expect(page.getByLabel("Work email")).toHaveValue(email);
      await page.getByRole("checkbox").check();
    } else if (title === "Your sales numbers") {
      await expect(page.getByLabel(/^Deals won/)).toHaveValue(String(earlier[PART_B_IDS.wonCount]));
      await page.getByLabel(/^Deals won/).fill(String(wonNow));
    } else if (title === firstPractices.title) {
      const questions = page.locator("main form fieldset:has(input[type=radio])");
      await expect(questions.locator("input:checked")).toHaveCount(await questions.count());
      await answerStep(page, 0);
    }
    await saveStep(page);
  }
}

type StoredReport = { summary: { overall: { score: number | null } }; sinceLastTime: { rows: ChangeRow[] } };

/**
 * The retake's "Since last time" after walkRetake: the overall index then is the earlier report's and now the new
 * one's; deals won went from the earlier count to `wonNow` with the same won value and deals lost, so the average won
 * deal and the unit win rate moved by exactly that; the page prints each figure and its change.
 */
export async function expectSinceLastTime(page: Page, { before, now, wonNow }: { before: StoredReport; now: StoredReport; wonNow: number }) {
  const row = (metric: ChangeRow["metric"]) => now.sinceLastTime.rows.find((candidate) => candidate.metric === metric)!;
  const earlier = buildAnswers("middle");
  const [won, wonValue, lost] = [PART_B_IDS.wonCount, PART_B_IDS.wonValue, PART_B_IDS.lostCount].map((id) => Number(earlier[id]));
  expect(row("overall")).toMatchObject({ then: { value: before.summary.overall.score }, now: { value: now.summary.overall.score } });
  expect(row("averageDeal").then.value).toBeCloseTo(wonValue! / won!, 2);
  expect(row("averageDeal").now.value).toBeCloseTo(wonValue! / wonNow, 2);
  expect(row("unitWinRate").then.value).toBeCloseTo(won! / (won! + lost!), 4);
  expect(row("unitWinRate").now.value).toBeCloseTo(wonNow / (wonNow + lost!), 4);
  // 30 of 60 deals won, then 45 of 75: 50% to 60%.
  const percent = (rate: number) => Math.round(rate * 1000) / 10;
  const rise = percent(wonNow / (wonNow + lost!)) - percent(won! / (won! + lost!));
  expect(rise).toBeGreaterThan(0);
  expect(formatChange(row("unitWinRate"))).toBe(`up ${rise} points`);
  const part = page.getByRole("region", { name: "Since last time" });
  for (const metric of ["overall", "averageDeal", "unitWinRate"] as const) {
    const printed = part.getByRole("row", { name: new RegExp(`^${row(metric).label}`) });
    for (const text of [formatPoint(row(metric), "then", "value"), formatPoint(row(metric), "now", "value"), formatChange(row(metric)) ?? "—"]) {
      await expect(printed).toContainText(text);
    }
  }
}
