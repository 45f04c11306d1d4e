// The Trends page on a peer group this spec stores itself (energy and utilities, Asia Pacific, a mix of sales models):
// responses over the last five quarters, two of them too small to show, six participants who took the survey twice.
// The medians, the sentence and the cohort are checked against the stored scores; axe at 1,280 and 390 px wide.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PART_A_IDS, instrument, type Answers } from "../lib/instrument";
import { demoResponses } from "../lib/demo/demo-responses";
import { seededRandom } from "../lib/demo/random";
import { responseColumns } from "../lib/responses/response-columns";
import { scoreRow } from "../lib/responses/score-row";
import { quarterLabel, quarterOf, quarterStart } from "../lib/admin/dashboard-quarters";
import { signInAsAdmin } from "./support/admin";
import { queryE2eDatabase } from "./support/database";

const GROUP = { industry: "energy-utilities", region: "asia-pacific", salesModel: "hybrid" };
const FILTER = new URLSearchParams(GROUP).toString();
/** Responses per quarter, oldest first, the last the running quarter: 3 and 3 are below the threshold of 5. */
const PER_QUARTER = [3, 10, 3, 10, 6];
const REPEATERS = 6;

const now = new Date();
const quartersAgo = (n: number) => {
  const start = quarterStart(quarterOf(now));
  return quarterOf(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - 3 * n, 15)));
};
const QUARTERS = PER_QUARTER.map((_, i) => quartersAgo(PER_QUARTER.length - 1 - i));
/** The middle of a past quarter, or a minute ago in the running one. */
const dateIn = (i: number) =>
  i === QUARTERS.length - 1 ? new Date(now.getTime() - 60_000) : new Date(quarterStart(QUARTERS[i]!).getTime() + 40 * 86_400_000);

type Stored = { quarter: number; overall: number | null; participant: string | null };
const stored: Stored[] = [];

/** One completed response with its score, in one statement (a roll-up never sees one without the other). */
async function insert(answers: Answers, completedAt: Date, link: { participantId: string | null; previousResponseId: string | null }, id = randomUUID()) {
  const columns = responseColumns(answers);
  const score = scoreRow(answers, columns).columns;
  await queryE2eDatabase(
    `WITH response AS (
       INSERT INTO "Response" (id, status, "instrumentVersion", answers, role, industry, "companySize", "revenueBand", region,
         "salesModel", "startedAt", "updatedAt", "completedAt", "participantId", "previousResponseId")
       VALUES ($1, 'COMPLETED', $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), $10, $11, $12) RETURNING id)
     INSERT INTO "Score" (id, "responseId", "scoringVersion", overall, "valueIndex", "numberIndex", "winRateIndex",
       "salesCycleIndex", "personalIndex", "companyCategory", "personalCategory", "sectionScores", industry, "companySize",
       "unitWinRate", "valueWinRate", "averageDealUsd", "cycleDays", "velocityUsd", "quotaAttainment", "sellersAtQuota")
     SELECT gen_random_uuid(), id, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31 FROM response`,
    [id, instrument.version, JSON.stringify(answers), columns.role, columns.industry, columns.companySize, columns.revenueBand,
      columns.region, columns.salesModel, completedAt, link.participantId, link.previousResponseId, score.scoringVersion,
      score.overall, score.valueIndex, score.numberIndex, score.winRateIndex, score.salesCycleIndex, score.personalIndex,
      score.companyCategory, score.personalCategory, JSON.stringify(score.sectionScores), score.industry, score.companySize,
      score.unitWinRate, score.valueWinRate, score.averageDealUsd, score.cycleDays, score.velocityUsd, score.quotaAttainment,
      score.sellersAtQuota],
  );
  return { id, overall: score.overall };
}

async function seedGroup() {
  const generated = demoResponses(seededRandom(2929), PER_QUARTER.reduce((a, b) => a + b, 0), now);
  const answersOf = (i: number): Answers => ({
    ...generated[i]!.answers,
    [PART_A_IDS.industry]: GROUP.industry,
    [PART_A_IDS.region]: GROUP.region,
    [PART_A_IDS.salesModel]: GROUP.salesModel,
  });
  // The first REPEATERS responses of the second quarter are taken again in the fourth, by the same participants.
  const firsts: string[] = [];
  let next = 0;
  for (const [quarter, count] of PER_QUARTER.entries()) {
    for (let k = 0; k < count; k++) {
      const repeat = quarter === 3 && k < REPEATERS ? firsts[k]! : null;
      const id = randomUUID();
      const own = quarter === 1 && k < REPEATERS ? id : null;
      const { overall } = await insert(answersOf(next++), dateIn(quarter), { participantId: repeat ?? own, previousResponseId: repeat }, id);
      if (own) firsts.push(own);
      stored.push({ quarter, overall, participant: repeat ?? own });
    }
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2;
};
const overallIn = (quarter: number) => median(stored.filter((row) => row.quarter === quarter && row.overall !== null).map((row) => row.overall!));

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const [{ n }] = (await queryE2eDatabase<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Response" WHERE industry = $1 AND region = $2 AND "salesModel" = $3`,
    [GROUP.industry, GROUP.region, GROUP.salesModel],
  )) as [{ n: number }];
  if (n === 0) await seedGroup();
  else {
    // Another project of this run seeded it: read back what it stored.
    const rows = await queryE2eDatabase<{ completedAt: Date; overall: number | null; participantId: string | null }>(
      `SELECT r."completedAt", s.overall, r."participantId" FROM "Response" r JOIN "Score" s ON s."responseId" = r.id
        WHERE r.industry = $1 AND r.region = $2 AND r."salesModel" = $3`,
      [GROUP.industry, GROUP.region, GROUP.salesModel],
    );
    for (const row of rows) stored.push({ quarter: QUARTERS.indexOf(quarterOf(row.completedAt)), overall: row.overall, participant: row.participantId });
  }
});

async function expectAccessibleAndNarrow(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

for (const width of [1280, 390]) {
  const phone = width < 400 ? " @phone" : "";

  test(`the group's quarters, the sentence and the repeat participants at ${width} px${phone}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signInAsAdmin(page, `/admin/trends?${FILTER}`);
    await expect(page.getByRole("heading", { level: 1, name: "Trends" })).toBeVisible();
    const table = page.getByRole("table", { name: /Overall index by quarter of completion/ });
    const row = (i: number) => table.getByRole("row", { name: new RegExp(`^${quarterLabel(QUARTERS[i]!)}`) });
    await expect(row(0)).toContainText("Suppressed: too few responses");
    await expect(row(2)).toContainText("Suppressed: too few responses");
    for (const i of [1, 3, 4]) {
      await expect(row(i).getByRole("cell").first()).toHaveText(String(PER_QUARTER[i]));
      await expect(row(i).getByRole("cell").nth(2)).toHaveText(overallIn(i).toFixed(1));
    }
    await expect(row(4)).toContainText("(to date)");
    await expect(page.getByRole("img", { name: /^Median overall index by quarter/ })).toBeVisible();
    await expect(page.getByText(
      `The median overall index in energy and utilities, in Asia Pacific, with a mix of sales models went from ${overallIn(1).toFixed(1)} ` +
        `in ${quarterLabel(QUARTERS[1]!)} to ${overallIn(4).toFixed(1)} in ${quarterLabel(QUARTERS[4]!)} (to date).`,
    )).toBeVisible();

    const repeat = page.getByRole("region", { name: "Repeat participants", exact: true });
    await expect(repeat).toContainText(`${REPEATERS} participants have completed the survey two or more times (${REPEATERS * 2} responses)`);
    const firsts = stored.filter((r) => r.participant && r.quarter === 1).map((r) => r.overall!);
    const latests = stored.filter((r) => r.participant && r.quarter === 3).map((r) => r.overall!);
    const overall = repeat.getByRole("row", { name: /^Overall index/ });
    await expect(overall.getByRole("cell").first()).toHaveText(String(REPEATERS));
    await expect(overall.getByRole("cell").nth(1)).toHaveText(median(firsts).toFixed(1));
    await expect(overall.getByRole("cell").nth(2)).toHaveText(median(latests).toFixed(1));
    await expectAccessibleAndNarrow(page);

    // Another figure through the picker keeps the filters.
    await page.getByRole("navigation", { name: "Measure" }).getByRole("link", { name: "Unit win rate" }).click();
    await expect(page).toHaveURL(/metric=unitWinRate/);
    await expect(page).toHaveURL(/industry=energy-utilities/);
    await expect(page.getByRole("table", { name: /Unit win rate by quarter of completion/ })).toBeVisible();
    await expectAccessibleAndNarrow(page);
  });
}

test("the admin menu leads to Trends; a figure the page does not follow gets a message", async ({ page }) => {
  await signInAsAdmin(page, "/admin/benchmarks");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Trends" }).click();
  await expect(page.getByRole("link", { name: "Trends" })).toHaveAttribute("aria-current", "page");
  await page.goto("/admin/trends?metric=wonCount");
  await expect(page.getByRole("alert").filter({ hasText: "values it cannot use" })).toContainText("Trends follow");
});
