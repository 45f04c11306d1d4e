import { expect, test, type Page } from "@playwright/test";
import { PART_B_IDS, PIPELINE_QUESTION_ID } from "@/lib/instrument";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { MAX_DEAL_COUNT, MAX_MONEY_VALUE } from "@/lib/instrument/part-b";
import { submissionBody, submit } from "./support/api";

test.use({ viewport: { width: 390, height: 844 } });

async function openReport(page: Page, overrides: Record<string, unknown> = {}) {
  const submitted = await submit(page.request, submissionBody("middle", overrides));
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { reportUrl } = (await submitted.json()) as { reportUrl: string };
  await page.goto(new URL(reportUrl).pathname);
  await expect(page.getByRole("heading", { name: "Pipeline coverage" })).toBeVisible();
}

/** The page never scrolls sideways, and no figure runs out of its tile. */
async function expectNothingWiderThanTheScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const spilled = await page.locator("main dd").evaluateAll((tiles) => tiles.filter((dd) => dd.scrollWidth > dd.clientWidth).map((dd) => dd.textContent));
  expect(spilled).toEqual([]);
}

test("every report table reads on a 390-pixel phone @phone", async ({ page }) => {
  await openReport(page);
  await expectNothingWiderThanTheScreen(page);
  const tables = page.locator("main table");
  expect(await tables.count()).toBeGreaterThan(0);

  // No two neighbouring cells run into each other ("DealsValue now"): at least 8 px between their texts.
  const collisions = await tables.evaluateAll((elements) =>
    elements.flatMap((table) =>
      [...table.querySelectorAll("tr")].flatMap((row) => {
        const cells = [...row.children].map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          const rect = range.getBoundingClientRect();
          return { text: cell.textContent ?? "", left: rect.left, right: rect.right };
        });
        return cells.slice(1).flatMap((cell, i) => (cell.left - cells[i]!.right < 8 ? [`${cells[i]!.text} | ${cell.text}`] : []));
      }),
    ),
  );
  expect(collisions).toEqual([]);

  for (const table of await tables.all()) {
    const layout = await table.evaluate((element) => {
      const box = element.parentElement!;
      return { fits: element.scrollWidth <= box.clientWidth, scrolls: ["auto", "scroll"].includes(getComputedStyle(box).overflowX) };
    });
    if (layout.fits) continue;
    // Wider than the screen: it scrolls in its own box, says so, and keeps the row names in view while it does.
    expect(layout.scrolls).toBe(true);
    const region = table.locator("xpath=..");
    await expect(region).toHaveAttribute("role", "region");
    await expect(region.locator("xpath=../..").getByText("Scroll sideways to see every column")).toBeVisible();
    const rowName = table.locator("tbody th").first();
    const before = (await rowName.boundingBox())!.x;
    await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect.poll(async () => (await rowName.boundingBox())!.x).toBe(before);
  }
});

test("the largest figures the survey accepts stay on a 390-pixel screen @phone", async ({ page }) => {
  const pipeline = buildAnswers("middle")[PIPELINE_QUESTION_ID] as { stages: { name: string }[] };
  await openReport(page, {
    ...Object.fromEntries(Object.values(PART_B_IDS).filter((id) => id.endsWith("-value")).map((id) => [id, MAX_MONEY_VALUE])),
    [PART_B_IDS.newOpportunities]: MAX_DEAL_COUNT,
    [PIPELINE_QUESTION_ID]: {
      target: MAX_MONEY_VALUE,
      stages: pipeline.stages.map(({ name }) => ({ name, count: MAX_DEAL_COUNT, value: MAX_MONEY_VALUE, conversionPct: 0.5 })),
    },
  });
  await expectNothingWiderThanTheScreen(page);
});
