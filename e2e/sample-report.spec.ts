// The sample report: a visitor opens it from the landing page without taking the survey, sees at once that it is an
// invented company compared with a synthetic population, reads every part of a report, and can start the survey.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

test("the sample report opens from the landing page, marked as a sample, with every part of a report @phone", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "See a sample report" }).click();
  await expect(page).toHaveURL(/\/sample-report$/, { timeout: 30_000 }); // a whole report rendered on a busy machine

  const banner = page.getByRole("complementary", { name: "About this sample" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("Sample report: an invented company");
  await expect(banner).toContainText(/synthetic population of 400 generated responses, not from real participants/);
  // The banner comes before the report itself.
  const bannerTop = (await banner.boundingBox())!.y;
  const title = page.getByRole("heading", { level: 1, name: "Sample Dealmaker Index report" });
  expect((await title.boundingBox())!.y).toBeGreaterThan(bannerTop);

  for (const heading of ["1 · Summary", "2 · Executive summary", "Your numbers against your peers", "Pipeline coverage", "3 · Detailed analysis", "4 · Personal Dealmaker Index"]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByText(/^Peer group: .+ \(\d+ other responses\)$/)).toBeVisible();
  // No private link to copy and no PDF of a report nobody owns.
  await expect(page.getByRole("link", { name: /PDF/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /copy/i })).toHaveCount(0);

  await expectNoSeriousViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  await banner.getByRole("link", { name: "Start the survey" }).click();
  await expect(page).toHaveURL(/\/survey(\?step=1)?$/);
});

test("the sample report is public: indexable, linked from every page's footer, and the same on every visit", async ({ page, request }) => {
  const response = await request.get("/sample-report");
  expect(response.status()).toBe(200);
  expect(response.headers()["x-robots-tag"]).toBeUndefined();
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(await (await request.get("/robots.txt")).text()).not.toMatch(/Disallow: \/sample/);

  await page.goto("/privacy");
  await page.getByRole("contentinfo").getByRole("link", { name: "Sample report" }).click();
  await expect(page).toHaveURL(/\/sample-report$/);
  await expect(page.locator("meta[name=robots]")).toHaveCount(0);
  // The "scroll sideways" cue appears once the browser has measured a wide table: not part of the report.
  const reportText = async () => (await page.getByRole("main").innerText()).replace(/\n*Scroll sideways to see every column →\n*/g, "\n");
  const first = await reportText();
  await page.reload();
  expect(await reportText()).toBe(first);
});
