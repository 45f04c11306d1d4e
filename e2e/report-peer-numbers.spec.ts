import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { PART_A_IDS, PART_B_IDS } from "@/lib/instrument";
import { submissionBody, submit } from "./support/api";
import { fetchPdf } from "./support/pdf";

// Submitted through the API: ten peers (K, so they form the peer group on their own) who win far more, faster, then
// the weak persona of issue 12 (12% of its decided deals won, a 150-day cycle), all in one industry and size. A
// parallel run of this spec adds its own ten to the same group, with the same figures.
const figures = (won: number, cycleDays: number) => ({
  [PART_A_IDS.industry]: "software",
  [PART_A_IDS.companySize]: "5000-19999",
  [PART_B_IDS.wonCount]: won,
  [PART_B_IDS.wonValue]: won * 25_000,
  [PART_B_IDS.lostCount]: 100 - won,
  [PART_B_IDS.lostValue]: (100 - won) * 30_000,
  [PART_B_IDS.cycleDays]: cycleDays,
  [PART_B_IDS.quotaAttainment]: 60 + won,
  [PART_B_IDS.sellersAtQuota]: won,
  [PART_B_IDS.currency]: "usd",
});

test("the report sets the hard numbers beside the peers', on a phone and in the PDF @phone", async ({ page, request }) => {
  test.slow();
  for (const won of [30, 32, 33, 35, 36, 38, 40, 42, 45, 50]) expect((await submit(request, submissionBody("middle", figures(won, 45)))).status()).toBe(201);
  const created = await submit(request, submissionBody("worst", figures(12, 150)));
  expect(created.status()).toBe(201);
  const { reportUrl, peerNumbers } = (await created.json()) as { reportUrl: string; peerNumbers: { rows: { metric: string; quartile: string }[] } };
  expect(peerNumbers.rows.find((row) => row.metric === "unitWinRate")?.quartile).toBe("bottom");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(new URL(reportUrl).pathname);
  const section = page.getByRole("region", { name: "Your numbers against your peers" });
  await expect(section).toBeVisible();
  await expect(section.getByText(/^Your unit win rate of 12% is in the bottom quarter of your peers \(median [\d.]+%, top quarter [\d.]+%\)\.$/)).toBeVisible();
  await expect(section.getByText(/^Your sales cycle of 150 days is in the bottom quarter of your peers/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  const pdf = await fetchPdf(page.request, `${new URL(reportUrl).pathname}/pdf`);
  expect(pdf.status()).toBe(200);
  const file = test.info().outputPath("report.pdf");
  writeFileSync(file, await pdf.body());
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("Your numbers against your peers");
  expect(text).toContain("Your unit win rate of 12% is in the bottom quarter of your peers");
});
