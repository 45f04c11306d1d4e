// The admin dashboards on data this spec stores itself, in a peer group no other spec uses (transport and
// logistics, Latin America, channel sales), so its counts hold while other specs submit in parallel.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { PART_A_IDS, instrument, type Answers } from "../lib/instrument";
import { demoResponses } from "../lib/demo/demo-responses";
import { seededRandom } from "../lib/demo/random";
import { responseColumns } from "../lib/responses/response-columns";
import { scoreColumns, scoreStoredAnswers } from "../lib/responses/score-row";
import { signInAsAdmin } from "./support/admin";
import { queryE2eDatabase } from "./support/database";

const GROUP = { industry: "transport-logistics", region: "latin-america", salesModel: "channel" };
const FILTER = new URLSearchParams(GROUP).toString();
const COMPLETED = 40;
const DRAFTS = 7;
/** Companies of 20,000 or more: below the anonymity threshold of 5. */
const SMALL_GROUP = 3;

async function seedGroup() {
  const [{ n }] = (await queryE2eDatabase<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Response" WHERE industry = $1 AND region = $2 AND "salesModel" = $3`,
    [GROUP.industry, GROUP.region, GROUP.salesModel],
  )) as [{ n: number }];
  if (n > 0) return; // another project (desktop/phone) of this run seeded it already
  const generated = demoResponses(seededRandom(515), COMPLETED + DRAFTS, new Date());
  for (const [i, response] of generated.entries()) {
    const answers: Answers = {
      ...response.answers,
      [PART_A_IDS.industry]: GROUP.industry,
      [PART_A_IDS.region]: GROUP.region,
      [PART_A_IDS.salesModel]: GROUP.salesModel,
      [PART_A_IDS.companySize]: i < SMALL_GROUP ? "20000-plus" : ["1-49", "50-249", "250-999"][i % 3]!,
    };
    const id = randomUUID();
    if (i >= COMPLETED) {
      const profile = Object.fromEntries(Object.entries(answers).filter(([key]) => key.startsWith("a.profile")));
      await queryE2eDatabase(
        `INSERT INTO "Response" (id, status, "instrumentVersion", answers, "currentStep", "startedAt", "updatedAt")
         VALUES ($1, 'DRAFT', $2, $3, 3, $4, now())`,
        [id, instrument.version, JSON.stringify(profile), response.startedAt],
      );
      continue;
    }
    const columns = responseColumns(answers);
    await queryE2eDatabase(
      `INSERT INTO "Response" (id, status, "instrumentVersion", answers, role, industry, "companySize", "revenueBand", region,
         "salesModel", "startedAt", "updatedAt", "completedAt")
       VALUES ($1, 'COMPLETED', $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), $11)`,
      [id, instrument.version, JSON.stringify(answers), columns.role, columns.industry, columns.companySize, columns.revenueBand,
        columns.region, columns.salesModel, response.startedAt, response.completedAt],
    );
    const score = scoreColumns(scoreStoredAnswers(answers), columns);
    await queryE2eDatabase(
      `INSERT INTO "Score" (id, "responseId", "scoringVersion", overall, "valueIndex", "numberIndex", "winRateIndex",
         "salesCycleIndex", "personalIndex", "companyCategory", "personalCategory", "sectionScores", industry, "companySize")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [id, score.scoringVersion, score.overall, score.valueIndex, score.numberIndex, score.winRateIndex, score.salesCycleIndex,
        score.personalIndex, score.companyCategory, score.personalCategory, JSON.stringify(score.sectionScores), score.industry,
        score.companySize],
    );
  }
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  await seedGroup();
});

test("the overview shows the group's started and completed counts and where drafts stopped", async ({ page }) => {
  await signInAsAdmin(page, `/admin/overview?${FILTER}`);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  const figure = (label: string) => page.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd");
  await expect(figure("Started")).toHaveText(String(COMPLETED + DRAFTS));
  await expect(figure("Completed")).toHaveText(String(COMPLETED));
  await expect(figure("Completion rate")).toHaveText(`${Math.round((COMPLETED / (COMPLETED + DRAFTS)) * 1000) / 10}%`);
  await expect(figure("Median time to complete")).toHaveText(/\d+ min \d\d s/);
  const stopped = page.getByRole("table", { name: /unfinished responses/i }).getByRole("row", { name: new RegExp(`^4\\. ${instrument.sections[3]!.title}`) });
  await expect(stopped.getByRole("cell").first()).toHaveText(String(DRAFTS));
  await expect(page.getByRole("img", { name: /^Responses by month/ })).toBeVisible();
});

test("the benchmark table suppresses the small group and the next-smallest with it", async ({ page }) => {
  await signInAsAdmin(page, `/admin/benchmarks?${FILTER}&by=companySize&metric=overall`);
  const table = page.getByRole("table", { name: /Overall index by company size/ });
  await expect(table.getByRole("row", { name: /20,000 or more/ })).toContainText("Suppressed: too few responses");
  await expect(table.getByRole("row", { name: /Suppressed: could be worked out from the total/ })).toHaveCount(1);
  await expect(table.getByRole("row", { name: /All responses/ })).toContainText(String(COMPLETED));

  // Sorting is a link; the median column sorts the shown groups and keeps the suppressed ones last.
  await table.getByRole("link", { name: /^Median/ }).click();
  await expect(page).toHaveURL(/sort=median/);
  await expect(page.getByRole("columnheader", { name: /Median/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByRole("table").getByRole("row").last()).toContainText("All responses");
});

test("distributions and questions render server-side charts for the group; a bad filter gets a message", async ({ page }) => {
  await signInAsAdmin(page, `/admin/distributions?${FILTER}`);
  await expect(page.getByRole("img", { name: /^Overall index: 0–4: \d+/ })).toBeVisible();

  await page.goto(`/admin/questions?${FILTER}&section=a.profile`);
  const industry = page.getByRole("region", { name: /Which industry/ });
  await expect(industry.getByRole("row", { name: /Transport and logistics/ })).toContainText(String(COMPLETED));

  await page.goto("/admin/benchmarks?by=planet&industry=nowhere");
  const alert = page.getByRole("alert").filter({ hasText: "values it cannot use" });
  await expect(alert).toContainText("Unknown breakdown (by)");
  await expect(alert).toContainText("Unknown industry");
});
