import { expect, type Page } from "@playwright/test";
import { E2E_ADMIN } from "./admin-credentials";

/** Signs in through the form, as an admin would; lands on `next` (default the overview). */
export async function signInAsAdmin(page: Page, next = "/admin/overview"): Promise<void> {
  await page.goto(`/admin/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Sign-in hashes the password with scrypt and renders the next page: allow for a machine busy with parallel workers.
  await expect(page).toHaveURL((url) => url.pathname === next.split("?")[0], { timeout: 15_000 });
}
