// The analyst's data: the sales figures on Questions → "Your sales numbers" and the CSV's column dictionary, on a peer
// group this spec stores itself (public sector, Middle East and Africa, inside sales), checked with axe at 1,280 and
// 390 px wide, where neither page may scroll sideways.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PART_A_IDS, instrument, type Answers } from "../lib/instrument";
import { demoResponses } from "../lib/demo/demo-responses";
import { seededRandom } from "../lib/demo/random";
import { responseColumns } from "../lib/responses/response-columns";
import { scoreRow } from "../lib/responses/score-row";
import { signInAsAdmin } from "./support/admin";
import { queryE2eDatabase } from "./support/database";

const GROUP = { industry: "public-education", region: "middle-east-africa", salesModel: "inside" };
const FILTER = new URLSearchParams(GROUP).toString();
const COMPLETED = 12;

async function seedGroup() {
  const [{ n }] = (await queryE2eDatabase<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Response" WHERE industry = $1 AND region = $2 AND "salesModel" = $3`,
    [GROUP.industry, GROUP.region, GROUP.salesModel],
  )) as [{ n: number }];
  if (n > 0) return;
  for (const response of demoResponses(seededRandom(1313), COMPLETED, new Date())) {
    const answers: Answers = {
      ...response.answers,
      [PART_A_IDS.industry]: GROUP.industry,
      [PART_A_IDS.region]: GROUP.region,
      [PART_A_IDS.salesModel]: GROUP.salesModel,
      "b.numbers.currency": "usd",
      "b.numbers.won-count": 20,
      "b.numbers.won-value": 600_000,
      "b.numbers.lost-count": 30,
    };
    const id = randomUUID();
    const columns = responseColumns(answers);
    await queryE2eDatabase(
      `INSERT INTO "Response" (id, status, "instrumentVersion", answers, role, industry, "companySize", "revenueBand", region,
         "salesModel", "startedAt", "updatedAt", "completedAt")
       VALUES ($1, 'COMPLETED', $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), $11)`,
      [id, instrument.version, JSON.stringify(answers), columns.role, columns.industry, columns.companySize, columns.revenueBand,
        columns.region, columns.salesModel, response.startedAt, response.completedAt],
    );
    const score = scoreRow(answers, columns).columns;
    await queryE2eDatabase(
      `INSERT INTO "Score" (id, "responseId", "scoringVersion", overall, "valueIndex", "numberIndex", "winRateIndex",
         "salesCycleIndex", "personalIndex", "companyCategory", "personalCategory", "sectionScores", industry, "companySize",
         "unitWinRate", "valueWinRate", "averageDealValue", "cycleDays", velocity, "averageDealUsd", "velocityUsd",
         "quotaAttainment", "sellersAtQuota", opportunities, "wonCount", "lostCount", "openCount", "wonValueUsd",
         "lostValueUsd", "openValueUsd")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
         $23, $24, $25, $26, $27, $28, $29)`,
      [id, score.scoringVersion, score.overall, score.valueIndex, score.numberIndex, score.winRateIndex, score.salesCycleIndex,
        score.personalIndex, score.companyCategory, score.personalCategory, JSON.stringify(score.sectionScores), score.industry,
        score.companySize, score.unitWinRate, score.valueWinRate, score.averageDealValue, score.cycleDays, score.velocity,
        score.averageDealUsd, score.velocityUsd, score.quotaAttainment, score.sellersAtQuota, score.opportunities,
        score.wonCount, score.lostCount, score.openCount, score.wonValueUsd, score.lostValueUsd, score.openValueUsd],
    );
  }
}

async function expectAccessibleAndNarrow(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

test.beforeAll(async () => {
  await seedGroup();
});

for (const width of [1280, 390]) {
  const phone = width < 400 ? " @phone" : "";

  test(`the sales figures of the group at ${width} px${phone}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signInAsAdmin(page, `/admin/questions?${FILTER}&section=b.numbers`);
    await expect(page.getByRole("heading", { name: "Sales figures" })).toBeVisible();
    // Every response of the group won 20 of 50 decided deals: all twelve in the 40–49% range, median 40%.
    const unit = page.getByRole("region", { name: /^Unit win rate/ });
    await expect(unit).toContainText(`${COMPLETED} responses`);
    await expect(unit).toContainText("median 40.0%");
    await expect(unit.getByRole("row", { name: /^40–49%/ })).toContainText(String(COMPLETED));
    await expect(page.getByRole("region", { name: /^Average won deal \(USD\)/ })).toContainText("median $30,000");
    // The answers themselves: 20 deals won each, worth $600,000.
    const won = page.getByRole("region", { name: /^Deals won/ });
    await expect(won).toContainText("median 20.0");
    await expect(won.getByRole("row", { name: /^20 to under 50/ })).toContainText(String(COMPLETED));
    await expect(page.getByRole("region", { name: /^Value of deals won/ })).toContainText("median $600,000");
    await expectAccessibleAndNarrow(page);
  });

  test(`the CSV's column dictionary at ${width} px${phone}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signInAsAdmin(page, "/admin/export-columns");
    await expect(page.getByRole("heading", { level: 1, name: "CSV columns" })).toBeVisible();
    await expect(page.getByText("c_process_mapped_to_buyer", { exact: true })).toBeVisible();
    await expectAccessibleAndNarrow(page);
  });
}

test("the column dictionary lists the export's columns in order, the contact details last", async ({ page }) => {
  await signInAsAdmin(page, "/admin/responses");
  const dictionary = (await (await page.request.get("/admin/export-columns.csv")).text()).trim().split("\r\n");
  const header = (await (await page.request.get(`/admin/export.csv?industry=${GROUP.industry}`)).text()).split("\r\n")[0]!.split(",");
  expect(dictionary.slice(1, header.length + 1).map((line) => line.split(",")[1])).toEqual(header);
  expect(dictionary.slice(-3).map((line) => line.split(",")[1])).toEqual(["contact_name", "contact_email", "company_name"]);
});
