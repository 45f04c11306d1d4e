// The benchmark-pool choice (docs/decisions/026-benchmark-pool.md): a box that starts ticked on the contact step, shown
// again on the review step, where one click unticks it and saves it with the draft; the choice survives a reload, the
// contact step's Edit and the resume link, is stored with the response, and is fixed once submitted.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { INSTRUMENT_VERSION, PART_A_IDS, instrument, type Answers } from "@/lib/instrument";
import { buildAnswers, sliceAnswers } from "@/tests/support/answer-fixtures";
import { signInAsAdmin } from "./support/admin";
import { queryE2eDatabase } from "./support/database";
import { saveStepsBefore } from "./support/survey";

const POOL_BOX = "Add my answers to the anonymous benchmark pool";

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Saves every step after the contact step through the survey's API, so /survey opens on the review. */
async function saveStepsAfterContact(page: Page) {
  const answers = buildAnswers("middle");
  const contact = instrument.sections.findIndex((section) => section.id === "a.contact");
  for (const section of instrument.sections.slice(contact + 1)) {
    const saved = await page.request.put("/api/survey/steps", {
      data: { sectionId: section.id, answers: sliceAnswers(answers, section.questions.map((question) => question.id)) },
    });
    expect(saved.status(), `saving ${section.id}`).toBe(200);
  }
}

/** The row of this browser's survey (found by its resume cookie): its column, its score's, and its stored answer. */
const storedChoice = async (page: Page) => {
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === "dmi_resume");
  const rows = await queryE2eDatabase<{ inPool: boolean; scoreInPool: boolean | null; answer: boolean | null }>(
    `SELECT r."inPool", s."inPool" AS "scoreInPool", (r.answers -> $1)::boolean AS answer
       FROM "Response" r LEFT JOIN "Score" s ON s."responseId" = r.id
      WHERE r."resumeTokenHash" = encode(sha256(convert_to($2, 'UTF8')), 'hex')`,
    [PART_A_IDS.pool, cookie?.value ?? ""],
  );
  return rows[0];
};

test("the pool box starts ticked, unticks in one click on the review, and stays so through Edit, reload and the resume link @phone", async ({ page, browser }) => {
  test.slow();
  await saveStepsBefore(page, "a.contact");
  await page.goto("/survey");
  await expect(page.getByRole("heading", { name: /Keeping in touch/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: POOL_BOX })).toBeChecked();
  await expect(page.getByText(/Ticked unless you untick it/)).toBeVisible();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { name: "Your sales numbers" })).toBeVisible();
  expect(await storedChoice(page)).toEqual({ inPool: true, scoreInPool: null, answer: true });

  await saveStepsAfterContact(page);
  await page.goto("/survey");
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeVisible();
  const box = page.getByRole("region", { name: "Your answers in the benchmark" });
  await expect(box.getByRole("checkbox", { name: POOL_BOX })).toBeChecked();
  await expect(box.getByText("Once you submit, this choice is fixed.")).toBeVisible();
  await expectNoSeriousViolations(page);

  await box.getByRole("checkbox", { name: POOL_BOX }).uncheck();
  await expect(box.getByRole("status")).toHaveText(/will stay out of the benchmark pool/);
  await expect.poll(() => storedChoice(page)).toEqual({ inPool: false, scoreInPool: null, answer: false });
  await expectNoSeriousViolations(page);

  // The contact step shows the same answer, and saving it keeps it.
  await page.getByRole("button", { name: /^Edit Keeping in touch/ }).click();
  await expect(page.getByRole("checkbox", { name: POOL_BOX })).not.toBeChecked();
  await page.getByRole("button", { name: "Save and return to review" }).click();
  await expect(box.getByRole("checkbox", { name: POOL_BOX })).not.toBeChecked();
  await page.reload();
  await expect(page.getByRole("region", { name: "Your answers in the benchmark" }).getByRole("checkbox", { name: POOL_BOX })).not.toBeChecked();

  // On another device, through the resume link.
  await page.getByText(/Finish later\?/).click();
  const resumeUrl = await page.getByLabel("Your private resume link").inputValue();
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto(resumeUrl);
  await elsewhere.getByRole("button", { name: "Continue this survey here" }).click();
  const review = elsewhere.getByRole("region", { name: "Your answers in the benchmark" });
  await expect(review.getByRole("checkbox", { name: POOL_BOX })).not.toBeChecked();
  await elsewhere.getByRole("button", { name: "Submit and see my report" }).click();
  await expect(elsewhere).toHaveURL(/\/r\/[A-Za-z0-9_-]{43}$/);
  await expect(elsewhere.getByRole("heading", { name: "Your Dealmaker Index report" })).toBeVisible();
  expect(await storedChoice(elsewhere)).toEqual({ inPool: false, scoreInPool: false, answer: false });
  await other.close();
});

test("a participant who leaves the box alone is in the pool", async ({ page }) => {
  const answers = buildAnswers("middle");
  delete answers[PART_A_IDS.pool];
  for (const section of instrument.sections) {
    const ids = section.questions.map((question) => question.id);
    expect((await page.request.put("/api/survey/steps", { data: { sectionId: section.id, answers: sliceAnswers(answers, ids) } })).status()).toBe(200);
  }
  expect(await storedChoice(page)).toEqual({ inPool: true, scoreInPool: null, answer: null });
  await page.goto("/survey");
  await expect(page.getByRole("region", { name: "Your answers in the benchmark" }).getByRole("checkbox", { name: POOL_BOX })).toBeChecked();
  expect((await page.request.post("/api/survey/submit", { data: {} })).status()).toBe(200);
  expect(await storedChoice(page)).toEqual({ inPool: true, scoreInPool: true, answer: null });
});

test("the admin sees a response kept out of the pool in the list, and the CSV leaves it out unless asked", async ({ page, request }) => {
  const company = `E2E Pool ${Date.now().toString(36)}`;
  const answers: Answers = { ...buildAnswers("middle"), [PART_A_IDS.companyName]: company, [PART_A_IDS.email]: "pool-out@example.com" };
  delete answers[PART_A_IDS.pool];
  const submitted = await request.post("/api/v1/responses", { data: { instrumentVersion: INSTRUMENT_VERSION, answers, inPool: false } });
  expect(submitted.status()).toBe(201);
  const { responseId, inPool } = (await submitted.json()) as { responseId: string; inPool: boolean };
  expect(inPool).toBe(false);

  await signInAsAdmin(page, `/admin/responses?q=${encodeURIComponent(company)}`);
  const row = page.locator(`tr[data-response-id="${responseId}"]`);
  await expect(row.getByRole("cell", { name: /^Out.*kept out of the benchmark pool/ })).toBeVisible();
  expect(await (await page.request.get("/admin/export.csv")).text()).not.toContain(responseId);
  const all = (await (await page.request.get("/admin/export.csv?pool=all")).text()).split("\r\n");
  const header = all[0]!.split(",");
  const line = all.find((candidate) => candidate.startsWith(responseId))!.split(",");
  expect(line[header.indexOf("in_pool")]).toBe("false");

  await page.goto("/admin/overview");
  await expect(page.getByText(/of the completed responses (was|were) kept out of it/)).toBeVisible();
});
