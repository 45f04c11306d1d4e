import { expect, test } from "@playwright/test";
import { E2E_HEALTH_TOKEN } from "./support/admin-credentials";

test("the home page explains the study @phone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: /how does your sales team compare/i })).toBeVisible();
  await expect(page.getByRole("heading", { name: /what the index measures/i })).toBeVisible();
  await expect(page.getByText("Win rate", { exact: true })).toBeVisible();
});

test("health tells anyone up or down, and a monitor with HEALTH_TOKEN the database and migrations", async ({ request }) => {
  const open = await request.get("/api/health");
  expect(open.status()).toBe(200);
  expect(await open.json()).toEqual({ ok: true, app: "up", database: { reachable: true } });
  const wrong = await request.get("/api/health", { headers: { authorization: "Bearer not-the-health-token-at-all" } });
  expect(await wrong.json()).toEqual({ ok: true, app: "up", database: { reachable: true } });

  const detailed = await request.get("/api/health", { headers: { authorization: `Bearer ${E2E_HEALTH_TOKEN}` } });
  expect(detailed.status()).toBe(200);
  const body = await detailed.json();
  expect(body).toMatchObject({ ok: true, app: "up", database: { reachable: true }, migrations: { upToDate: true } });
  expect(body.migrations.expected).toBeGreaterThan(0);
});
