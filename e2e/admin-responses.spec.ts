// The responses list, the CSV export and erasure, on a response this spec creates.
import { randomBytes } from "node:crypto";
import { expect, test, type Locator } from "@playwright/test";
import { signInAsAdmin } from "./support/admin";
import { queryE2eDatabase } from "./support/database";
import { submitConsentedResponse } from "./support/responses";

/**
 * "Delete…" is in the server's HTML before the row has hydrated, and a click before that does nothing: click until the
 * confirmation is shown (on a busy CI machine hydration can take a while), then confirm.
 */
async function deleteRow(row: Locator) {
  const start = row.getByRole("button", { name: /^Delete/ });
  const confirm = row.getByRole("button", { name: "Confirm delete" });
  await expect(async () => {
    if (await start.isVisible()) await start.click();
    await expect(confirm).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await confirm.click();
}

/**
 * The aggregate and the Score table's scores in the benchmark pool (the ones it counts) read in one statement (one
 * snapshot), so concurrent submissions cannot skew it.
 */
async function aggregateAgainstScores() {
  const [row] = await queryE2eDatabase<{ counted: number; scores: number }>(
    `SELECT (SELECT coalesce(sum(c), 0)::int FROM "ScoreHistogram" AS h, unnest("scoreHistogramSlice"(h.counts, 'overall')) AS c
              WHERE h.industry = '*' AND h."companySize" = '*') AS counted,
            (SELECT count(*)::int FROM "Score" WHERE "inPool") AS scores`,
  );
  return row!;
}

test("an admin finds a response, downloads the CSV, and deletes the participant's data", async ({ page, baseURL }) => {
  test.slow();
  const company = `E2E Erasure ${randomBytes(4).toString("hex")}`;
  const { reportUrl } = await submitConsentedResponse(baseURL!, company);
  const [stored] = await queryE2eDatabase<{ id: string }>(`SELECT id::text FROM "Response" WHERE "companyName" = $1`, [company]);

  await signInAsAdmin(page, `/admin/responses?q=${encodeURIComponent(company)}`);
  await expect(page.getByText("1 matching completed response")).toBeVisible();
  const row = page.locator(`tr[data-response-id="${stored!.id}"]`);
  await expect(row).toContainText(company);
  // The participant's link is stored only as a hash: the admin reads the report by response id, behind the sign-in.
  const adminReport = `/admin/responses/${stored!.id}/report`;
  await expect(row.getByRole("link", { name: /^Report/ })).toHaveAttribute("href", adminReport);
  const adminView = await page.request.get(adminReport);
  expect(adminView.status()).toBe(200);
  const adminHtml = await adminView.text();
  expect(adminHtml).toContain(company);
  expect(adminHtml).not.toContain(new URL(reportUrl, baseURL).pathname.split("/").pop()!);

  // CSV: the expected columns; contact details only when asked for.
  const plain = await page.request.get("/admin/export.csv");
  expect(plain.headers()["content-disposition"]).toMatch(/attachment; filename="dealmaker-index-responses-.*\.csv"/);
  const plainText = await plain.text();
  const header = plainText.split("\r\n")[0]!.split(",");
  expect(header).toEqual(
    expect.arrayContaining(["response_id", "completed_at", "industry", "company_size", "overall_index", "personal_index", "won_value"]),
  );
  expect(header).not.toContain("contact_email");
  expect(plainText).toContain(stored!.id);
  expect(plainText).not.toContain(company);
  const withContact = await (await page.request.get("/admin/export.csv?contact=1")).text();
  expect(withContact.split("\r\n")[0]).toContain("contact_email");
  expect(withContact).toContain(company);

  // The download link on the page gives the same file.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);

  await deleteRow(row);
  // The page re-renders from the server: the row and the count go at once, and stay gone after a reload.
  await expect(row).toHaveCount(0);
  await expect(page.getByText("0 matching completed responses")).toBeVisible();
  await page.reload();
  await expect(page.getByText("0 matching completed responses")).toBeVisible();
  const left = await queryE2eDatabase<{ n: number }>(
    `SELECT (SELECT count(*) FROM "Response" WHERE id = $1) + (SELECT count(*) FROM "Score" WHERE "responseId" = $1)
          + (SELECT count(*) FROM "Report" WHERE "responseId" = $1) AS n`,
    [stored!.id],
  );
  expect(Number(left[0]!.n)).toBe(0);
  const { counted, scores } = await aggregateAgainstScores();
  expect(counted).toBe(scores);
  expect((await page.request.get(reportUrl)).status()).toBe(404);
  expect((await page.request.get(adminReport)).status()).toBe(404);
});

test("an admin finds an unfinished survey by the email typed into it and erases it", async ({ page, baseURL, playwright }) => {
  const email = `draft-${randomBytes(4).toString("hex")}@erasure.example`;
  const participant = await playwright.request.newContext({ baseURL });
  const saved = await participant.put("/api/survey/steps", {
    data: { sectionId: "a.contact", answers: { "a.contact.name": "Dana Draft", "a.contact.email": email, "a.contact.consent": true } },
  });
  expect(saved.status()).toBe(200);
  await participant.dispose();

  await signInAsAdmin(page, "/admin/responses");
  await page.getByRole("link", { name: "unfinished surveys" }).click();
  await page.getByLabel("Name, email or company").fill(email);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Dana Draft");
  await deleteRow(row);
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0); // the page re-renders without it
  const [left] = await queryE2eDatabase<{ n: number }>(`SELECT count(*)::int AS n FROM "Response" WHERE answers ->> 'a.contact.email' = $1`, [email]);
  expect(left!.n).toBe(0);
});

test("the responses table fits a laptop screen, and on a phone its actions stay in view @phone", async ({ page, baseURL }) => {
  const company = `E2E Layout ${randomBytes(4).toString("hex")}`;
  await submitConsentedResponse(baseURL!, company);
  await signInAsAdmin(page, `/admin/responses?q=${encodeURIComponent(company)}`);
  const table = page.getByRole("region", { name: "Completed responses" });
  await expect(table).toBeVisible();
  const viewport = page.viewportSize()!;
  const row = page.locator("tbody tr").first();
  const inView = async (name: RegExp) => {
    const box = (await row.getByRole(name.source.startsWith("^Delete") ? "button" : "link", { name }).boundingBox())!;
    return box.x >= 0 && box.x + box.width <= viewport.width;
  };
  expect(await inView(/^Report/)).toBe(true);
  expect(await inView(/^Delete/)).toBe(true);
  if (viewport.width >= 1280) {
    // Every column, Contact included, without scrolling sideways.
    await expect(table).toHaveAttribute("data-overflows", "false");
    await expect(row.getByText(company)).toBeInViewport();
  }
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageWidth).toBeLessThanOrEqual(0);
});
