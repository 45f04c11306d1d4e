// Drives the survey the way a participant does: by labels and roles.
import { expect, type Page } from "@playwright/test";
import { instrument } from "@/lib/instrument";
import { buildAnswers, sliceAnswers } from "@/tests/support/answer-fixtures";

/** Answers every question group on the current step with the option at `position` (0 = weakest). */
export async function answerStep(page: Page, position = 3) {
  const form = page.locator("main form");
  for (const group of await form.locator("fieldset:has(input[type=radio])").all()) {
    const radios = group.getByRole("radio");
    const count = await radios.count();
    await radios.nth(Math.min(position, count - 1)).check();
  }
  for (const select of await form.locator("select").all()) {
    await select.selectOption({ index: 2 });
  }
}

export async function saveStep(page: Page) {
  const heading = page.locator("main form h2");
  const before = await heading.textContent();
  await page.getByRole("button", { name: /^Save and (continue|review)$/ }).click();
  await expect(page.locator("main h2").first()).not.toHaveText(before ?? "");
}

/** Completes steps until the review step (a step is a form with a heading; the resume panel's mail form has none); fills a few sales numbers on the way. */
export async function completeAllSteps(page: Page) {
  while (await page.locator("main form h2").count()) {
    const title = await page.locator("main form h2").textContent();
    if (title === "Your sales numbers") {
      await page.getByLabel(/^Deals won/).fill("40");
      await page.getByLabel(/^Total value of deals won/).fill("2000000");
      await page.getByLabel(/^Deals lost/).fill("60");
      await page.getByLabel(/^Total value of deals lost/).fill("3500000");
      await page.getByLabel(/^Currency of your deal values/).selectOption("usd");
    } else {
      await answerStep(page);
    }
    await saveStep(page);
  }
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeVisible();
}

/** Saves every step before `sectionId` through the survey's API in this page's session, so /survey opens on it. */
export async function saveStepsBefore(page: Page, sectionId: string) {
  const answers = buildAnswers("middle");
  for (const section of instrument.sections) {
    if (section.id === sectionId) return;
    const ids = section.questions.map((question) => question.id);
    const saved = await page.request.put("/api/survey/steps", { data: { sectionId: section.id, answers: sliceAnswers(answers, ids) } });
    expect(saved.status(), `saving ${section.id}`).toBe(200);
  }
  throw new Error(`no section ${sectionId}`);
}
