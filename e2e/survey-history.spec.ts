// Each survey step has its own address: the browser's Back and Forward move one step, a reload shows the step in the
// address bar with its answers, and an address beyond the furthest saved step goes to that step.
import { expect, test, type Page } from "@playwright/test";
import { answerStep, saveStep } from "./support/survey";

const heading = (page: Page) => page.locator("main form h2, main h2").first();

test("Back, Forward and reload through five steps keep the step in the address and its answers @phone", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Start the survey" }).click();
  await expect(page).toHaveURL(/\/survey\?step=1$/);
  const titles: string[] = [];
  for (let step = 1; step <= 5; step++) {
    titles.push((await heading(page).textContent()) ?? "");
    if (step === 3) await page.getByLabel(/^Deals won/).fill("12");
    else if (step !== 2) await answerStep(page, 1);
    await saveStep(page);
    await expect(page).toHaveURL(new RegExp(`\\?step=${step + 1}$`));
  }
  // On step 6 now. Back goes one step at a time, each with its answers.
  for (let step = 5; step >= 3; step--) {
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`\\?step=${step}$`));
    await expect(heading(page)).toHaveText(titles[step - 1]!);
  }
  await expect(page.getByLabel(/^Deals won/)).toHaveValue("12");
  await page.goForward();
  await expect(page).toHaveURL(/\?step=4$/);
  await expect(heading(page)).toHaveText(titles[3]!);
  await page.reload();
  await expect(page).toHaveURL(/\?step=4$/);
  await expect(heading(page)).toHaveText(titles[3]!);
  await expect(page.getByRole("progressbar", { name: "Survey progress" })).toHaveAttribute("aria-valuenow", String(Math.round((3 / 16) * 100)));
  await expect(page.locator("main form input[type=radio]:checked").first()).toBeVisible();

  // Back on the first step leaves the survey for the page before it; Forward comes back to that step.
  await page.goto("/survey?step=1");
  await page.goBack();
  await expect(page).toHaveURL(/\?step=4$/);
  await page.goForward();
  await expect(page).toHaveURL(/\?step=1$/);
  await expect(page.getByRole("group", { name: /your role/i }).getByRole("radio").nth(1)).toBeChecked();

  // The form's own Back button moves through history too, so the browser's Forward returns.
  await page.goto("/survey?step=3");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page).toHaveURL(/\?step=2$/);
});

test("an address beyond the furthest saved step, or naming no step, goes to the furthest step", async ({ page }) => {
  await page.goto("/survey");
  await answerStep(page, 1);
  await saveStep(page);
  await page.goto("/survey?step=9");
  await expect(page).toHaveURL(/\?step=2$/);
  await page.goto("/survey?step=review");
  await expect(page).toHaveURL(/\?step=2$/);
  await page.goto("/survey?step=banana");
  await expect(page).toHaveURL(/\?step=2$/);
  await page.goto("/survey");
  await expect(page).toHaveURL(/\?step=2$/);
});
