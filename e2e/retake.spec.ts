// Taking the survey again (docs/decisions/027-retake.md) on the shared server: "Take it again" on a report and a
// retake invitation's link. Opening either changes nothing; the button (a POST) starts a survey filled in with the
// earlier answers in this browser; a survey already in progress here is not set aside without asking; the retake's
// report links to the earlier one under its own link. The pages pass axe and read on a 390-pixel phone.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { instrument } from "@/lib/instrument";
import { buildAnswers, sliceAnswers } from "@/tests/support/answer-fixtures";
import { queryE2eDatabase } from "./support/database";
import {
  consentingAnswers,
  expectNoSeriousViolations,
  expectNoSidewaysScroll,
  responseOfReport,
  retakesOf,
  saveAllSteps,
  submitDraft,
} from "./support/retake";

const resumeCookie = async (page: Page) => (await page.context().cookies()).find((cookie) => cookie.name === "dmi_resume")?.value;
const takeAgain = (page: Page) => page.getByRole("region", { name: "Take it again" });

/** A report submitted in a browser of its own, so the page under test holds only the link. */
async function reportMadeElsewhere(browser: Browser, baseURL: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await saveAllSteps(page, consentingAnswers(`elsewhere-${randomBytes(4).toString("hex")}@example.com`), baseURL);
  const path = new URL(await submitDraft(page, baseURL), baseURL).pathname;
  await context.close();
  return path;
}

test("Take it again: opening the report changes nothing, the button starts a prefilled survey, the new report links to the earlier one; axe, 390 px @phone", async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  const email = `retake-${randomBytes(4).toString("hex")}@example.com`;
  await saveAllSteps(page, consentingAnswers(email));
  const reportPath = await submitDraft(page);
  const source = await responseOfReport(reportPath);
  const submittedCookie = await resumeCookie(page);

  for (let visit = 0; visit < 2; visit++) await page.goto(reportPath);
  expect(await retakesOf(source)).toEqual([]);
  expect(await resumeCookie(page)).toBe(submittedCookie);
  await expect(page.getByRole("navigation", { name: "Your earlier reports" })).toHaveCount(0);
  await expect(takeAgain(page)).toBeVisible();
  await expectNoSeriousViolations(page);
  await expectNoSidewaysScroll(page);

  await takeAgain(page).getByRole("button", { name: "Take it again" }).click();
  await expect(page).toHaveURL(/\/survey\?step=1$/);
  expect(await retakesOf(source)).toEqual([{ status: "DRAFT", participantId: source }]);
  expect(await resumeCookie(page)).not.toBe(submittedCookie);
  await expect(page.getByRole("note")).toContainText("You are taking the survey again");
  await page.getByRole("button", { name: "Save and continue" }).click();
  // The contact step: the address is filled in, the consent box is for the participant to tick again.
  await expect(page.getByLabel("Work email")).toHaveValue(email);
  await expect(page.getByRole("checkbox")).not.toBeChecked();
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByLabel(/^Deals won/)).toHaveValue(String(buildAnswers("middle")["b.numbers.won-count"]));

  // The rest as the survey saves it, then submitted: the retake's report lists the earlier one.
  const saved = { ...consentingAnswers(email), "b.numbers.won-count": 45 };
  for (const section of instrument.sections.slice(2)) {
    const answers = sliceAnswers(saved, section.questions.map((question) => question.id));
    expect((await page.request.put("/api/survey/steps", { data: { sectionId: section.id, answers } })).status()).toBe(200);
  }
  const retakePath = new URL(await submitDraft(page), page.url()).pathname;
  expect(await retakesOf(source)).toEqual([{ status: "COMPLETED", participantId: source }]);
  await page.goto(retakePath);
  const earlier = page.getByRole("navigation", { name: "Your earlier reports" });
  await expectNoSidewaysScroll(page);
  await earlier.getByRole("link").click();
  await expect(page).toHaveURL(`${retakePath}/earlier/1`);
  await expect(page.getByRole("heading", { name: "An earlier Dealmaker Index report" })).toBeVisible();
  await expectNoSeriousViolations(page);
  await expectNoSidewaysScroll(page);

  // The earlier report cannot reach the later one, and the API answers in the same way.
  const api = await (await page.request.get(`/api/v1${retakePath.replace("/r/", "/reports/")}`)).json();
  expect(api.earlier.map((report: { url: string }) => new URL(report.url).pathname)).toEqual([`${retakePath}/earlier/1`]);
  expect((await (await page.request.get(`/api/v1${reportPath.replace("/r/", "/reports/")}`)).json()).earlier).toEqual([]);
  expect((await page.goto(`${reportPath}/earlier/1`))?.status()).toBe(404);
});

test("a survey in progress in this browser is not set aside without asking, even when it starts after the report was opened", async ({ page, browser, baseURL }) => {
  test.slow();
  const reportPath = await reportMadeElsewhere(browser, baseURL!);
  const source = await responseOfReport(reportPath);
  await page.goto(reportPath);
  await expect(takeAgain(page).getByRole("note")).toHaveCount(0);

  // Another tab of this browser starts a survey meanwhile.
  const first = instrument.sections[0]!;
  const answers = sliceAnswers(buildAnswers("best"), first.questions.map((question) => question.id));
  expect((await page.request.put("/api/survey/steps", { data: { sectionId: first.id, answers } })).status()).toBe(200);
  const own = await resumeCookie(page);

  await takeAgain(page).getByRole("button", { name: "Take it again" }).click();
  await expect(takeAgain(page).getByRole("note")).toContainText("This browser has another survey in progress (1 of");
  await expect(takeAgain(page).getByLabel("Your private resume link")).toHaveValue(new RegExp(`/survey/resume/${own}$`));
  expect(await retakesOf(source)).toEqual([]);
  await expectNoSeriousViolations(page);

  await takeAgain(page).getByRole("button", { name: "Set it aside and take it again" }).click();
  await expect(page).toHaveURL(/\/survey\?step=1$/);
  expect(await retakesOf(source)).toEqual([{ status: "DRAFT", participantId: source }]);
  // The survey set aside still opens with its own link.
  await page.goto(`/survey/resume/${own}`);
  await expect(page.getByRole("heading", { name: "Continue a saved survey?" })).toBeVisible();
  // Back on the report, this browser's retake is continued rather than started again.
  await page.goto(reportPath);
  await takeAgain(page).getByRole("button", { name: "Continue taking it again" }).click();
  await expect(page).toHaveURL(/\/survey\?step=1$/);
  expect(await retakesOf(source)).toHaveLength(1);
});

test("a retake invitation's link asks first, starts the retake once, and opens nothing after; axe @phone", async ({ page, browser, baseURL }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  const source = await responseOfReport(await reportMadeElsewhere(browser, baseURL!));
  const token = randomBytes(32).toString("base64url");
  await queryE2eDatabase(
    `INSERT INTO "RetakeInvite" (id, "responseId", "tokenHash", "expiresAt")
     VALUES (gen_random_uuid(), $1::uuid, encode(sha256(convert_to($2, 'UTF8')), 'hex'), now() + interval '60 days')`,
    [source, token],
  );
  const usedAt = async () => (await queryE2eDatabase<{ usedAt: Date | null }>(`SELECT "usedAt" FROM "RetakeInvite" WHERE "responseId" = $1::uuid`, [source]))[0]!.usedAt;

  for (let visit = 0; visit < 2; visit++) expect((await page.goto(`/survey/retake/${token}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Take the Dealmaker Index again?" })).toBeVisible();
  expect(await usedAt()).toBeNull();
  expect(await resumeCookie(page)).toBeUndefined();
  expect(await retakesOf(source)).toEqual([]);
  await expectNoSeriousViolations(page);
  await expectNoSidewaysScroll(page);

  await page.getByRole("button", { name: "Take the survey again" }).click();
  await expect(page).toHaveURL(/\/survey\?step=1$/);
  expect(await usedAt()).not.toBeNull();
  expect(await retakesOf(source)).toEqual([{ status: "DRAFT", participantId: source }]);

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  expect((await other.goto(`${baseURL}/survey/retake/${token}`))?.status()).toBe(404);
  await expect(other.getByRole("heading", { name: "This invitation does not open a survey" })).toBeVisible();
  await elsewhere.close();
});
