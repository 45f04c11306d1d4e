// The first actions on the report page: the paragraphs above them, a stage and a 30/60/90-day plan under each, and
// the detailed analysis linking to the action about its question instead of repeating it.
import { expect, test } from "@playwright/test";
import { answerStep, saveStep } from "./support/survey";

test("a weak participant's report plans each action and links the detailed analysis to it", async ({ page }) => {
  test.slow();
  await page.goto("/survey");
  while (await page.locator("main form h2").count()) {
    const title = await page.locator("main form h2").textContent();
    if (title === "Your sales numbers") {
      await page.getByLabel(/^New qualified opportunities/).fill("500");
      await page.getByLabel(/^Deals won/).fill("60");
      await page.getByLabel(/^Total value of deals won/).fill("1500000");
      await page.getByLabel(/^Deals lost/).fill("440");
      await page.getByLabel(/^Total value of deals lost/).fill("11000000");
      await page.getByLabel(/^Currency of your deal values/).selectOption("usd");
    } else {
      await answerStep(page, 0);
    }
    await saveStep(page);
  }
  await page.getByRole("button", { name: "Submit and see my report" }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{43}$/);

  // Answering every question with its first option gives a team of one to five sellers: three actions, staged.
  const actions = page.locator("ol > li[id^='action-']");
  await expect(actions).toHaveCount(3);
  await expect(page.getByRole("heading", { name: "First actions: three key areas to focus on" })).toBeVisible();
  await expect(actions.first()).toContainText("Start now, in the first 30 days");
  await expect(page.getByText(/^(Against your peers' medians|Money at stake could not be computed|Your numbers are at or above)/)).toBeVisible();
  for (const action of await actions.all()) {
    for (const step of ["First 30 days", "Days 31–60", "Days 61–90"]) await expect(action.getByText(step, { exact: true })).toBeVisible();
  }
  await expect(actions.first()).toContainText("STOP");

  const link = page.getByRole("link", { name: /^What to do: first action 1, / }).first();
  const anchor = (await actions.first().getAttribute("id"))!;
  await expect(link).toHaveAttribute("href", `#${anchor}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
  await expect(actions.first()).toBeInViewport();
});
