// Server actions through the proxy's guard for malformed action requests (lib/http/server-action-guard.ts): the real
// forms still work with JavaScript and without it (multipart form posts), and malformed requests get a 4xx.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./support/admin";
import { E2E_ADMIN } from "./support/admin-credentials";

test("the methodology page shows the methodology, tables included, above the re-score control", async ({ page }) => {
  await signInAsAdmin(page, "/admin/methodology");
  const doc = page.getByRole("document", { name: "Scoring methodology" });
  await expect(doc.getByRole("heading", { name: "Versions" })).toBeVisible();
  expect(await doc.locator("table").count()).toBeGreaterThan(3);
  // Rendered, not shown as source.
  expect(await doc.innerText()).not.toMatch(/^\|.*\|$/m);
  const [docBox, button] = [await doc.boundingBox(), await page.getByRole("button", { name: /Re-score all responses/ }).boundingBox()];
  expect(docBox!.y).toBeLessThan(button!.y);
});

test("the re-score button starts a job (its form posts the confirm field the action requires)", async ({ page }) => {
  await signInAsAdmin(page, "/admin/methodology");
  await page.getByRole("button", { name: /Re-score all responses/ }).click();
  await expect(page.getByRole("heading", { name: /Latest run · started/ })).toBeVisible();
});

test("without JavaScript, an admin creates and revokes an API token, then signs out", async ({ browser, page }) => {
  test.slow();
  await signInAsAdmin(page, "/admin/api-tokens");
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const form = await noJs.newPage();
  const name = `no-js ${randomBytes(3).toString("hex")}`;
  await form.goto("/admin/api-tokens");
  await form.getByLabel("Token name").fill(name);
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByText(`Token “${name}” created`)).toBeVisible();
  await form.goto("/admin/api-tokens");
  await form.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(form.getByRole("row").filter({ hasText: name })).toContainText("Revoked");
  await form.getByRole("button", { name: "Sign out" }).click();
  await expect(form).toHaveURL(/\/admin\/sign-in/);
  await noJs.close();
});

test("without JavaScript, sign-in shows the server's field and form errors, then signs in and follows next", async ({ browser }) => {
  test.slow();
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(`/admin/sign-in?next=${encodeURIComponent("/admin/api-tokens")}`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter an email address, like name@example.com")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(`${E2E_ADMIN.password}-wrong`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("That email and password do not match an admin account.");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/admin/api-tokens", { timeout: 15_000 });
  await noJs.close();
});

test("malformed server-action requests get a 4xx, not Next.js's 500", async ({ request }) => {
  const post = (headers: Record<string, string>, data: string) => request.post("/admin/sign-in", { headers, data, maxRedirects: 0 });
  const unknown = await post({ "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" }, "[]");
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["x-nextjs-action-not-found"]).toBe("1");
  expect((await post({ "next-action": "not-an-action", "content-type": "text/plain" }, "[]")).status()).toBe(404);
  const page = await request.get("/admin/sign-in");
  expect(page.status()).toBe(200);
  // A multipart post to a page that is not a valid form: Next would answer 500 when it cannot parse the body.
  const broken = await post({ "content-type": "multipart/form-data; boundary=zz" }, "--zz\r\nContent-Disposition: form-data; name=\"$ACTION_REF_1\"\r\n\r\n");
  expect(broken.status()).toBe(400);
  const foreign = await post({ "content-type": "multipart/form-data; boundary=zz", origin: "https://evil.example" }, "--zz--\r\n");
  expect(foreign.status()).toBe(403);
});
