import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { completeAllSteps } from "./support/survey";

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("landing, survey steps with errors, review and report pass axe @phone", async ({ page }) => {
  test.slow();
  await page.goto("/");
  await expectNoSeriousViolations(page);
  await page.goto("/survey");
  await expectNoSeriousViolations(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("main form [aria-invalid=true]").first()).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.goto("/survey");
  await completeAllSteps(page);
  await expectNoSeriousViolations(page);
  await page.getByRole("button", { name: "Submit and see my report" }).click();
  await expect(page).toHaveURL(/\/r\//);
  await expectNoSeriousViolations(page);
});

test("the first step can be answered with the keyboard alone", async ({ page }) => {
  await page.goto("/survey");
  await expect(page.getByRole("heading", { name: "About you and your company" })).toBeFocused();
  const groups = await page.locator("main form").locator("fieldset, select").count();
  for (let i = 0; i < groups; i++) {
    await page.keyboard.press("Tab");
    const tag = await page.evaluate(() => document.activeElement?.tagName);
    await page.keyboard.press(tag === "SELECT" ? "s" : "ArrowDown");
  }
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save and continue" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /Keeping in touch/ })).toBeFocused();
});

test("the survey fits a phone screen without sideways scrolling @phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/survey");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("button", { name: "Save and continue" })).toBeVisible();
});
