// Amounts of money as people write them: grouped while typed, "2.5M" or a pasted "3,500,000" read, stored as numbers;
// the currency is asked first and its sign shown beside every amount.
import { expect, test } from "@playwright/test";
import { queryE2eDatabase } from "./support/database";
import { answerStep, saveStep } from "./support/survey";

test("a typed amount shows grouped, a pasted or abbreviated one is read, and numbers are stored @phone", async ({ page }) => {
  await page.goto("/survey");
  await answerStep(page, 1);
  await saveStep(page);
  await saveStep(page); // contact details are optional
  await expect(page.locator("main form h2")).toHaveText("Your sales numbers");
  // The currency comes first in the step.
  const firstField = page.locator("main form:has(h2) :is(input, select)").first();
  await expect(firstField).toHaveAccessibleName(/^Currency of your deal values/);
  await page.getByLabel(/^Currency of your deal values/).selectOption("eur");

  const won = page.getByLabel(/^Total value of deals won in the last 12 months/);
  await won.pressSequentially("33000000");
  await expect(won).toHaveValue("33,000,000");
  await expect(page.locator("main form:has(h2)").getByText("€").first()).toBeVisible();
  const lost = page.getByLabel(/^Total value of deals lost in the last 12 months/);
  await lost.fill("2.5M");
  await lost.blur();
  await expect(lost).toHaveValue("2,500,000");
  const open = page.getByLabel(/^Total value of the deals open today/);
  await open.fill("1.234");
  await page.getByLabel(/^Deals won in the last 12 months/).fill("40");
  await page.getByLabel(/^Deals lost in the last 12 months/).fill("60");
  await page.getByLabel(/^Deals still open today/).fill("10");

  // An ambiguous amount is kept as typed and explained, not dropped.
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(open).toHaveValue("1.234");
  await expect(page.getByText(/Enter the amount as a number/).first()).toBeVisible();
  await open.fill("1,234,000");
  await saveStep(page);

  const cookies = await page.context().cookies();
  expect(cookies.length).toBeGreaterThan(0);
  const [row] = await queryE2eDatabase<{ won: number; lost: number; open: number }>(
    `SELECT (answers->>'b.numbers.won-value')::float8 AS won, (answers->>'b.numbers.lost-value')::float8 AS lost,
            (answers->>'b.numbers.open-value')::float8 AS open
       FROM "Response" WHERE status = 'DRAFT' AND (answers->>'b.numbers.open-value')::float8 = 1234000 ORDER BY "updatedAt" DESC LIMIT 1`,
  );
  expect(row).toEqual({ won: 33_000_000, lost: 2_500_000, open: 1_234_000 });

  // Back to the step: the saved amounts show grouped again.
  await page.getByRole("button", { name: "Back" }).click();
  await expect(won).toHaveValue("33,000,000");
});
