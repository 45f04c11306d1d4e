import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { PART_B_IDS as B } from "@/lib/instrument";
import { submissionBody, submit } from "./support/api";

// A company that rates every practice highly but wins 12% of its decided deals and has 20% of its sellers at quota:
// the stated thresholds judge the figures when the run's database has too few peers with them, the peers' bottom
// quarter when other specs have already submitted enough (specs run in any order), so either wording passes.
const LOW_WIN_RATE = /yet your unit win rate( of 12%)? is (low for any sales team|in the bottom quarter of your peers)/;

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
  await expect(page.getByText(LOW_WIN_RATE).first()).toBeVisible();
  await expect(page.getByText(/did not score better/)).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const file = await (await download).path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  expect(text.replace(/\s+/g, " ")).toMatch(LOW_WIN_RATE);
});
