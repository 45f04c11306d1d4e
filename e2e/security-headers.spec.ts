import { expect, test } from "@playwright/test";

const PROFILE = {
  "a.profile.role": "seller",
  "a.profile.industry": "software",
  "a.profile.company-size": "50-249",
  "a.profile.revenue": "10m-50m",
  "a.profile.region": "europe",
  "a.profile.sales-team-size": "6-20",
  "a.profile.sales-model": "inside",
};

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

test.describe("security headers", () => {
  for (const path of ["/", "/api/v1/instrument"]) {
    test(`${path} carries the security headers and a request id`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.ok()).toBe(true);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(csp.split("; ").find((directive) => directive.startsWith("script-src"))).not.toContain("unsafe-inline");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    });
  }

  test("a page gets a fresh nonce on each request, on its own scripts", async ({ request }) => {
    const first = await request.get("/");
    const second = await request.get("/");
    const nonce = nonceOf(first.headers()["content-security-policy"] ?? "");
    expect(nonce).toBeTruthy();
    expect(nonce).not.toBe(nonceOf(second.headers()["content-security-policy"] ?? ""));
    expect(await first.text()).toContain(`nonce="${nonce}"`);
  });

  test("a well-formed incoming request id is returned as it was", async ({ request }) => {
    const response = await request.get("/api/health", { headers: { "x-request-id": "lb-req-0001234" } });
    expect(response.headers()["x-request-id"]).toBe("lb-req-0001234");
  });

  for (const [proto, secure] of [["https", true], [undefined, false]] as const) {
    test(`the resume cookie is HttpOnly and SameSite, and Secure ${secure ? "behind" : "only behind"} HTTPS`, async ({ request }) => {
      const response = await request.put("/api/survey/steps", {
        headers: proto ? { "x-forwarded-proto": proto } : {},
        data: { sectionId: "a.profile", answers: PROFILE },
      });
      expect(response.status()).toBe(200);
      const cookie = response.headers()["set-cookie"] ?? "";
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      if (secure) expect(cookie).toMatch(/;\s*Secure/i);
      else expect(cookie).not.toMatch(/;\s*Secure/i);
    });
  }

  test("the landing page runs its scripts under the policy", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
});
