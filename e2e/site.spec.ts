// The site around the survey: icons and robots rules served from public/, private pages kept out of search engines and
// Referer headers, branded not-found and privacy pages, and a footer on every page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

test("the favicon, icons, Open Graph image and robots rules are served", async ({ request, page }) => {
  for (const [path, type] of [
    ["/favicon.ico", /icon/],
    ["/icon.svg", /svg/],
    ["/apple-touch-icon.png", /png/],
    ["/og-image.png", /png/],
    ["/manifest.webmanifest", /manifest|json/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
  }
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /r/");
  expect(robots).toContain("Disallow: /admin");

  await page.goto("/");
  await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/og-image\.png$/);
});

test("report, resume and survey pages are never indexed nor sent to other sites as a referrer; the landing page is", async ({ request }) => {
  for (const path of [`/r/${"B".repeat(43)}`, `/survey/resume/${"C".repeat(43)}`, "/survey"]) {
    const response = await request.get(path);
    expect(response.headers()["x-robots-tag"], path).toBe("noindex, nofollow");
    expect(response.headers()["referrer-policy"], path).toBe("same-origin");
  }
  const landing = await request.get("/");
  expect(landing.headers()["x-robots-tag"]).toBeUndefined();
  expect(landing.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("a bad report link shows the branded not-found page with a way home @phone", async ({ page }) => {
  const response = await page.goto(`/r/${"B".repeat(43)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "There is nothing at this address" })).toBeVisible();
  await expect(page.getByText(/report links are long and private/)).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("the privacy page says what is kept and for how long, and every page links to it @phone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Who runs the study" })).toBeVisible();
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1, name: "Privacy" })).toBeVisible();
  await expect(page.getByText(/An unfinished survey is deleted 30 days after its last save/)).toBeVisible();
  await expect(page.getByText(/groups of at least 5 responses/)).toBeVisible();
  await expectNoSeriousViolations(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(width).toBeLessThanOrEqual(0);
});
