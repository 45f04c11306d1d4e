import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { retakeReports } from "@/tests/support/retake-personas";
import { queryE2eDatabase } from "./support/database";
import { fetchPdf } from "./support/pdf";
import { submissionBody, submit } from "./support/api";

// Until the retake flow stores a returning participant's report, this spec stores one itself: a report submitted
// through the API whose document is replaced by Brightlane Software's fourth (tests/support/retake-personas.ts),
// built with its three earlier reports. The retake flow's own spec checks the deltas end to end.
async function reportPath(page: Page, withHistory: boolean): Promise<string> {
  const created = await submit(page.request, submissionBody("middle"));
  expect(created.status(), await created.text()).toBe(201);
  const path = new URL(((await created.json()) as { reportUrl: string }).reportUrl).pathname;
  if (withHistory) {
    const document = retakeReports("retake-four-visits").at(-1)!.document;
    await queryE2eDatabase(`UPDATE "Report" SET document = $2 WHERE "tokenHash" = encode(sha256($1::bytea), 'hex')`, [path.split("/").pop(), document]);
  }
  return path;
}

test("a first report has no Since last time part", async ({ page }) => {
  await page.goto(await reportPath(page, false));
  await expect(page.getByRole("heading", { name: "2 · Executive summary" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Since last time" })).toHaveCount(0);
});

test("a returning participant's report shows Since last time after the executive summary, on a phone too, and passes axe @phone", async ({ page }) => {
  if (test.info().project.name === "phone") await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(await reportPath(page, true));
  const part = page.getByRole("region", { name: "Since last time" });
  await expect(part).toBeVisible();
  await expect(part.getByText(/^Since your report of March 9, 2026, some of your figures have moved/)).toBeVisible();
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.indexOf("Since last time")).toBe(headings.indexOf("2 · Executive summary") + 1);

  // A table from 640 px up; on a phone one block per figure, with the same words.
  if ((page.viewportSize()?.width ?? 0) >= 640) {
    const table = part.getByRole("table", { name: /Your figures at your previous report and in this one/ });
    await expect(table.getByRole("columnheader")).toHaveText(["Figure", "Mar 9, 2026", "Sep 14, 2026", "Change", "Meaningful?"]);
    await expect(table.getByRole("row", { name: /^Sellers at quota/ })).toHaveText("Sellers at quota52%peers 51%45%peers 52%down 7 pointsMeaningfully worse");
    await expect(table.getByRole("row", { name: /^Average won deal/ })).toHaveText(
      "Average won deal$28,000peers $47,400$30,000peers $48,300up $2,000Within the peers' spread",
    );
  } else {
    const list = part.getByRole("list", { name: "Your figures then and now" });
    await expect(part.getByRole("table")).toHaveCount(0);
    await expect(list.getByRole("listitem").filter({ hasText: "Sellers at quota" })).toHaveText(
      "Sellers at quotaMeaningfully worseMar 9, 202652% · peers 51%Sep 14, 202645% · peers 52%Change: down 7 points",
    );
  }

  // Six trend charts, each an image with a title and a one-sentence description, and its figures in a table.
  const charts = part.getByRole("img");
  await expect(charts).toHaveCount(6);
  await expect(part.getByRole("img", { name: "Dealmaker Index over your last 4 reports", exact: true })).toHaveAccessibleDescription(
    "Your score went from 35% (March 10, 2025) to 45% (September 14, 2026); your peers' median was 55% and 58% at the same dates.",
  );
  const first = part.getByRole("group").first();
  await first.getByText("The figures").click();
  await expect(first.getByRole("row", { name: /^Mar 2025/ })).toHaveText("Mar 202535%55%");

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const { violations } = await new AxeBuilder({ page }).include("section[aria-labelledby=since-title]").analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("the PDF prints the part with its table and the trends' figures", async ({ page }) => {
  test.slow();
  const path = await reportPath(page, true);
  const pdf = await fetchPdf(page.request, `${path}/pdf`);
  expect(pdf.status()).toBe(200);
  const file = test.info().outputPath("report.pdf");
  writeFileSync(file, await pdf.body());
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("Since last time");
  expect(text).toContain("Your share of sellers at quota fell from 52% to 45%; your peers' median was 51% then and is 52% now.");
  expect(text).toContain("Your indices over your last 4 reports");
  expect(text).toContain("Mar 2025: 35% (peers 55%) · Sep 2025: 39% (peers 56%) · Mar 2026: 40% (peers 57%) · Sep 2026: 45% (peers 58%)");
});
