// Mail in the running app (docs/decisions/025-mail.md). With SMTP_URL pointing at an SMTP server this spec starts, a
// submission with an address and consent is mailed its report link, which opens the report; "email me a link to
// continue" mails the draft's link; the report mail's link leads to "Take it again", and the retake's report links to
// the earlier one, which stays as it was (docs/decisions/027-retake.md). Without SMTP_URL (the shared server, as
// `npm start` runs), the same mail is on the admin's Outbox page, which passes axe and reads on a 390-pixel phone.
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { instrument, PART_A_IDS } from "@/lib/instrument";
import { buildAnswers, sliceAnswers } from "@/tests/support/answer-fixtures";
import { linkIn, startSmtpInbox, type SmtpInbox } from "@/tests/support/smtp-inbox";
import { startAppServer } from "./support/app-server";
import { signInAsAdmin } from "./support/admin";
import { expectSinceLastTime, walkRetake } from "./support/retake";

/** Saves every step through the survey's API in this page's session, with `email` as the contact address. */
async function saveAllSteps(page: Page, baseURL: string, email: string) {
  const answers = { ...buildAnswers("middle"), [PART_A_IDS.email]: email };
  for (const section of instrument.sections) {
    const ids = section.questions.map((question) => question.id);
    const saved = await page.request.put(`${baseURL}/api/survey/steps`, { data: { sectionId: section.id, answers: sliceAnswers(answers, ids) } });
    expect(saved.status(), `saving ${section.id}`).toBe(200);
  }
}

async function submitInBrowser(page: Page, baseURL: string): Promise<string> {
  await page.goto(`${baseURL}/survey`);
  await page.getByRole("button", { name: "Submit and see my report" }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{43}$/, { timeout: 30_000 });
  return page.url();
}

test.describe("with an SMTP server", () => {
  // One server and one worker for both tests: a second worker with SMTP on the same database could take the other's mail.
  test.describe.configure({ mode: "serial" });
  let inbox: SmtpInbox;
  let app: { baseURL: string; stop: () => Promise<void> };
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    inbox = await startSmtpInbox();
    app = await startAppServer(
      (baseURL) => ({ SMTP_URL: inbox.url, MAIL_FROM: "Dealmaker Index <study@example.test>", PUBLIC_URL: baseURL }),
      { worker: true },
    );
  });
  test.afterAll(async () => {
    await app?.stop();
    await inbox?.close();
  });

  test("the report mail arrives and its link opens the report", async ({ page, browser }) => {
    test.slow();
    const email = `mail-${randomBytes(4).toString("hex")}@example.com`;
    await saveAllSteps(page, app.baseURL, email);
    const reportUrl = await submitInBrowser(page, app.baseURL);

    const mail = await eventuallyMailTo(inbox, email);
    expect(mail.subject).toBe("Your Dealmaker Index report");
    const link = linkIn(mail, app.baseURL);
    expect(link).toBe(reportUrl);
    // Followed in another browser, with no cookie of the participant's: the link alone opens the report.
    const elsewhere = await browser.newContext();
    const reader = await elsewhere.newPage();
    await reader.goto(link);
    await expect(reader.getByRole("heading", { name: /Executive summary/i })).toBeVisible();
    await elsewhere.close();
  });

  test("a participant mails themselves the link to continue, and it opens their survey", async ({ page, browser }) => {
    test.slow();
    await page.goto(`${app.baseURL}/survey`);
    const first = instrument.sections[0]!;
    const saved = await page.request.put(`${app.baseURL}/api/survey/steps`, {
      data: { sectionId: first.id, answers: sliceAnswers(buildAnswers("middle"), first.questions.map((question) => question.id)) },
    });
    expect(saved.status()).toBe(200);
    await page.goto(`${app.baseURL}/survey`);
    await page.getByText("Finish later? Your answers are saved").click();
    const email = `later-${randomBytes(4).toString("hex")}@example.com`;
    await page.getByLabel("Or email me a link to continue").fill(email);
    await page.getByRole("button", { name: "Email me the link" }).click();
    await expect(page.getByRole("status").filter({ hasText: email })).toContainText("on its way");

    const mail = await eventuallyMailTo(inbox, email);
    const link = linkIn(mail, app.baseURL);
    expect(link).toBe(await page.getByLabel("Your private resume link").inputValue());
    const elsewhere = await browser.newContext();
    const other = await elsewhere.newPage();
    await other.goto(link);
    await other.getByRole("button", { name: "Continue this survey here" }).click();
    await expect(other).toHaveURL(/\/survey/);
    await expect(other.getByRole("heading", { name: "The Dealmaker Index survey" })).toBeVisible();
    await elsewhere.close();
  });

  test("the mailed link opens the report; Take it again opens the answers filled in; the new report shows Since last time and links to the earlier one, unchanged", async ({
    page,
    browser,
  }) => {
    test.slow();
    const email = `again-${randomBytes(4).toString("hex")}@example.com`;
    await saveAllSteps(page, app.baseURL, email);
    const reportUrl = await submitInBrowser(page, app.baseURL);
    const link = linkIn(await eventuallyMailTo(inbox, email), app.baseURL);
    expect(link).toBe(reportUrl);
    const apiOf = (url: string) => url.replace("/r/", "/api/v1/reports/");
    const before = await (await page.request.get(apiOf(link))).json();

    // The participant opens the mailed link in another browser and takes the survey again there.
    const elsewhere = await browser.newContext();
    const reader = await elsewhere.newPage();
    await reader.goto(link);
    await reader.getByRole("region", { name: "Take it again" }).getByRole("button", { name: "Take it again" }).click();
    await expect(reader).toHaveURL(/\/survey\?step=1$/);
    // Every step is filled in with the earlier answers; the consent box is ticked again, deals won go from 30 to 45 and
    // the first practices step's answers all to the weakest.
    await walkRetake(reader, email, 45);
    await reader.getByRole("button", { name: "Submit and see my report" }).click();
    await expect(reader).toHaveURL(/\/r\/[A-Za-z0-9_-]{43}$/, { timeout: 30_000 });
    const newReport = reader.url();
    expect(newReport).not.toBe(link);

    // Since last time: each figure at the earlier report, as stored, and now, printed with its change.
    const now = await (await reader.request.get(apiOf(newReport))).json();
    await expectSinceLastTime(reader, { before, now, wonNow: 45 });

    // The new report links to the earlier one, which opens as it was; the earlier link shows it unchanged.
    const earlier = reader.getByRole("navigation", { name: "Your earlier reports" });
    await earlier.getByRole("link").click();
    await expect(reader).toHaveURL(`${newReport}/earlier/1`);
    await expect(reader.getByRole("heading", { name: "An earlier Dealmaker Index report" })).toBeVisible();
    expect(now.earlier).toHaveLength(1);
    // Under the new report's own token (the host is the one the app saw, as in the submission's reportUrl).
    expect(new URL(now.earlier[0].url).pathname).toBe(`${new URL(newReport).pathname}/earlier/1`);
    expect(now.earlier[0].scores.overall).toBe(before.summary.overall.score);
    expect(await (await reader.request.get(apiOf(link))).json()).toEqual(before);
    await reader.goto(link);
    await expect(reader.getByRole("navigation", { name: "Your earlier reports" })).toHaveCount(0);
    // The retake's own report link is mailed too, to the same address.
    await expect.poll(() => inbox.messages.filter((message) => JSON.stringify(message.to).includes(email)).length, { timeout: 60_000 }).toBe(2);
    await elsewhere.close();
  });
});

test("without SMTP_URL the report mail is on the admin's Outbox page, which passes axe and fits a phone @phone", async ({ page, baseURL }) => {
  test.slow();
  const email = `outbox-${randomBytes(4).toString("hex")}@example.com`;
  await saveAllSteps(page, baseURL!, email);
  const reportUrl = await submitInBrowser(page, baseURL!);

  await signInAsAdmin(page, "/admin/outbox");
  const card = page.getByRole("article", { name: `Your Dealmaker Index report to ${email}` });
  await expect(card).toContainText("Stored, not sent (no SMTP_URL)");
  await card.getByText("Read the mail").click();
  await expect(card.locator("pre")).toContainText(reportUrl);

  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expect(page.getByRole("article", { name: `Your Dealmaker Index report to ${email}` })).toBeVisible();
});

async function eventuallyMailTo(inbox: SmtpInbox, address: string) {
  await expect.poll(() => inbox.messages.some((message) => message.to && JSON.stringify(message.to).includes(address)), { timeout: 60_000 }).toBe(true);
  return inbox.messages.find((message) => JSON.stringify(message.to).includes(address))!;
}
