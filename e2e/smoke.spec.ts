import { expect, test } from "@playwright/test";

test("the home page explains the study @phone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: /how does your sales team compare/i })).toBeVisible();
  await expect(page.getByRole("heading", { name: /what the index measures/i })).toBeVisible();
  await expect(page.getByText("Win rate", { exact: true })).toBeVisible();
});

test("health reports the database reachable and migrated", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ ok: true, app: "up", database: { reachable: true }, migrations: { upToDate: true } });
  expect(body.migrations.expected).toBeGreaterThan(0);
});
