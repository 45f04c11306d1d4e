// Admin sign-in, sign-out, and the server-side check on every admin URL.
import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./support/admin-credentials";
import { signInAsAdmin } from "./support/admin";

const ADMIN_PAGES = [
  "/admin",
  "/admin/overview",
  "/admin/distributions",
  "/admin/benchmarks",
  "/admin/trends",
  "/admin/questions",
  "/admin/responses",
  "/admin/methodology",
  "/admin/api-tokens",
  // Stored mails hold participants' private links.
  "/admin/outbox",
  // An admin reads a participant's report here (only the hash of its private link is stored).
  "/admin/responses/00000000-0000-4000-8000-000000000000/report",
];
const ADMIN_ROUTES = ["/admin/export.csv", "/admin/export.csv?contact=1"];
/** Well-formed but unknown: gets past proxy.ts (which only looks for the cookie), so the page's own check answers. */
const FORGED_SESSION = "A".repeat(43);

test("a wrong password is refused with a message, and nothing opens", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const form = page.getByRole("form", { name: "Admin sign-in" });
  await expect(form.getByRole("alert")).toHaveText("That email and password do not match an admin account.");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test("empty fields get messages beside them", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter an email address, like name@example.com")).toBeVisible();
  await expect(page.getByText("Enter your password")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

for (const path of ADMIN_PAGES) {
  test(`${path} without a session redirects to sign-in`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL((url) => url.pathname === "/admin/sign-in");
    await expect(page.getByRole("heading", { name: "Admin sign-in" })).toBeVisible();
  });

  test(`${path} with a forged session cookie redirects to sign-in (checked on the server)`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "dmi_admin_session", value: FORGED_SESSION, url: baseURL! }]);
    await page.goto(path);
    await expect(page).toHaveURL((url) => url.pathname === "/admin/sign-in");
  });
}

for (const path of ADMIN_ROUTES) {
  test(`${path} without a session, with a forged cookie or a bad token is a 401`, async ({ request }) => {
    expect((await request.get(path, { maxRedirects: 0 })).status()).toBe(401);
    expect((await request.get(path, { headers: { cookie: `dmi_admin_session=${FORGED_SESSION}` } })).status()).toBe(401);
    expect((await request.get(path, { headers: { authorization: `Bearer dmi_${FORGED_SESSION}` } })).status()).toBe(401);
  });
}

test("the right password signs in, sign-out ends the session, and the old cookie no longer works", async ({ page, context, baseURL }) => {
  await signInAsAdmin(page, "/admin/responses");
  await expect(page.getByRole("heading", { name: "Responses" })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === "dmi_admin_session")!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link")).toHaveText([
    "Overview",
    "Distributions",
    "Benchmarks",
    "Trends",
    "Questions",
    "Findings",
    "Responses",
    "Teams",
    "Methodology",
    "API tokens",
    "Outbox",
    "Activity",
  ]);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/admin/sign-in");
  await page.goto("/admin/responses");
  await expect(page).toHaveURL((url) => url.pathname === "/admin/sign-in");

  await context.addCookies([{ name: cookie.name, value: cookie.value, url: baseURL! }]);
  await page.goto("/admin/methodology");
  await expect(page).toHaveURL((url) => url.pathname === "/admin/sign-in");
});

test("an API token opens the export until it is revoked", async ({ page, playwright, baseURL }) => {
  await signInAsAdmin(page, "/admin/api-tokens");
  const name = `e2e-${Date.now()}`;
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByLabel("New API token").textContent())!.trim();
  expect(token).toMatch(/^dmi_[A-Za-z0-9_-]{43}$/);

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const exported = await api.get("/admin/export.csv");
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toContain("text/csv");

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).not.toContainText("never");
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Revoked");
  expect((await api.get("/admin/export.csv")).status()).toBe(401);
  await api.dispose();
});

test("the Activity page lists sign-ins, token changes and exports with contact details, and filters by event", async ({ page, request }) => {
  await signInAsAdmin(page, "/admin/api-tokens");
  const name = `audit-${Date.now()}`;
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByLabel("New API token").textContent())!.trim();
  expect((await request.get("/admin/export.csv?contact=1", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);
  await page.reload();
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Revoked");

  await page.getByRole("link", { name: "Activity" }).click();
  const table = page.getByRole("table", { name: /Admin activity/ });
  await expect(table.getByRole("row").filter({ hasText: "API token created" }).filter({ hasText: name })).toHaveCount(1);
  await expect(table.getByRole("row").filter({ hasText: "API token revoked" }).first()).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "Responses exported" }).filter({ hasText: "contactDetails: true" }).first()).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "Signed in" }).first()).toContainText(E2E_ADMIN.email);

  await page.getByLabel("Event").selectOption("api-token.revoked");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/action=api-token\.revoked/);
  const rows = table.getByRole("row");
  await expect(rows.nth(1)).toContainText("API token revoked");
  await expect(table.getByRole("row").filter({ hasText: "Signed in" })).toHaveCount(0);
});
