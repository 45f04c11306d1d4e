import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { PART_B_IDS as B } from "@/lib/instrument";
import { submissionBody, submit } from "./support/api";

// A company that rates every practice highly but wins 12% of its decided deals and has 20% of its sellers at quota:
// with no peer figures in a fresh database, the stated thresholds judge the figures.
const FIGURES = {
  [B.newOpportunities]: 100,
  [B.wonCount]: 12,
  [B.wonValue]: 360_000,
  [B.lostCount]: 88,
  [B.lostValue]: 2_640_000,
  [B.cycleDays]: 120,
  [B.quotaAttainment]: 60,
  [B.sellersAtQuota]: 20,
  [B.currency]: "usd",
};

test("a report names the gap between the answers and the figures, on the page and in the PDF", async ({ page, request }) => {
  test.slow();
  const response = await submit(request, submissionBody("best", FIGURES));
  expect(response.status()).toBe(201);
  const { reportUrl } = (await response.json()) as { reportUrl: string };
  await page.goto(new URL(reportUrl).pathname);

  const summary = page.getByRole("heading", { name: "Where your answers and your figures disagree" });
  await expect(summary).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Coaching: managers coach most of the time" })).toBeVisible();
  await expect(page.getByText("Perception gap: your answer and your figures disagree").first()).toBeVisible();
  await expect(page.getByText(/yet your unit win rate of 12% is low for any sales team/).first()).toBeVisible();
  await expect(page.getByText(/did not score better/)).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const file = await (await download).path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  expect(text.replace(/\s+/g, " ")).toContain("is low for any sales team");
});
