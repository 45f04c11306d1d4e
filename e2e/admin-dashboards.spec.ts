// The admin dashboards on data this spec stores itself, in a peer group no other spec uses (transport and
// logistics, Latin America, channel sales), so its counts hold while other specs submit in parallel.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
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

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
}

test("findings: the group's answers to a question with medians, small answers hidden; another question by the picker @phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsAdmin(page, `/admin/findings?${FILTER}&question=c.coaching.manager-coaching-time`);
  await expect(page.getByRole("heading", { name: "Findings" })).toBeVisible();
  const table = page.getByRole("table", { name: /first-line sales managers/ });
  // Everyone in the group answered; the total row counts them, with their median overall index (these scores carry
  // no sales figures, so the win rate shows as hidden with n=0).
  const everyone = table.getByRole("row", { name: /Everyone who answered/ });
  await expect(everyone.getByRole("cell").first()).toHaveText(String(COMPLETED));
  await expect(everyone).toContainText(/\d+\.\dn=40/);
  await expect(everyone).toContainText("n=0");
  // 40 responses over five answers: the rarest fall below the threshold of 5 and say so.
  await expect(table.getByRole("row").filter({ hasText: "Hidden" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  // The page fits the phone: only the table scrolls sideways, inside its own region.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole("combobox", { name: /^Question/ }).selectOption("d.engagement.follow-process");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/question=d\.engagement\.follow-process/);
  await expect(page).toHaveURL(/industry=transport-logistics/);
  await expect(page.getByRole("table", { name: /follow your company's sales process/ })).toBeVisible();
  // Three filters: the ranking of questions asks for at most two.
  await expect(page.getByText("choose at most two filters")).toBeVisible();
});

test("findings: unfiltered, the page ranks questions by their spread of win rates and the nav leads there", async ({ page }) => {
  await signInAsAdmin(page, "/admin/overview");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Findings" }).click();
  await expect(page.getByRole("heading", { name: "Strongest differences in unit win rate" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Findings" })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);
  await page.goto("/admin/findings?question=a.profile.industry");
  await expect(page.getByRole("alert").filter({ hasText: "values it cannot use" })).toContainText("Unknown question");
});
