import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { queryE2eDatabase } from "./support/database";
import { completeAllSteps } from "./support/survey";

test("a completed survey opens a four-part report with an infographic, a what-if and a PDF", async ({ page }) => {
  test.slow();
  await page.goto("/survey");
  await completeAllSteps(page);
  await page.getByRole("button", { name: "Submit and see my report" }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{43}$/);

  for (const part of ["1 · Summary", "2 · Executive summary", "3 · Detailed analysis", "4 · Personal Dealmaker Index"]) {
    await expect(page.getByRole("heading", { name: part })).toBeVisible();
  }
  const gauge = page.getByRole("img", { name: /^Dealmaker Index: \d+%/ });
  await expect(gauge).toBeVisible();
  const index = (await gauge.getAttribute("aria-label"))!.match(/(\d+)%/)![1]!;
  await expect(page.getByRole("img", { name: /four sub-indices/ })).toBeVisible();
  await expect(page.getByText(/^(KEEP|CHANGE|STOP)$/).first()).toBeVisible();
  await expect(page.getByText("Unit win rate", { exact: true })).toBeVisible();

  const result = page.getByTestId("what-if-result");
  await expect(result).toContainText("+48%");
  const winRate = page.getByRole("slider", { name: /^Win rate/ });
  await winRate.focus();
  await page.keyboard.press("End");
  await expect(winRate).toHaveValue("100");
  await expect(result).not.toContainText("+48%");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const file = await (await download).path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  expect(text).toContain(`Dealmaker Index ${index}%`);
  expect(text).toContain("Detailed analysis");
  expect(text).toContain("Personal Dealmaker Index");
});

test("a made-up report link is a plain 404", async ({ page }) => {
  const response = await page.goto(`/r/${"Z".repeat(43)}`);
  expect(response?.status()).toBe(404);
  const pdf = await page.request.get(`/r/${"Z".repeat(43)}/pdf`);
  expect(pdf.status()).toBe(404);
});

test("the report page renders the stored document, not today's templates", async ({ page }) => {
  test.slow();
  await page.goto("/survey");
  await completeAllSteps(page);
  await page.getByRole("button", { name: "Submit and see my report" }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{43}$/);
  const token = page.url().split("/").pop()!;
  // Stand-in for a template change since the report was generated: the stored text must win.
  await queryE2eDatabase(
    `UPDATE "Report" SET document = jsonb_set(document, '{executive,overall,0,text}', to_jsonb('Stored sentence from last year.'::text))
      WHERE "tokenHash" = encode(sha256($1::bytea), 'hex')`,
    [token],
  );
  await page.reload();
  await expect(page.getByText("Stored sentence from last year.")).toBeVisible();
  // Only the link's hash is stored, yet the survey page sends the browser that submitted back to this report: the
  // link is derived again from its resume cookie.
  const reportUrl = page.url();
  await page.goto("/survey");
  await expect(page).toHaveURL(reportUrl);
});
