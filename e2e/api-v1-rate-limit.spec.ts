// The submission rate limit on servers of its own with a limit of 3 a minute (the shared e2e server's is high). The
// counts live in PostgreSQL, so two app processes on one database share one budget per client.
import { expect, test } from "@playwright/test";
import { ApiErrorSchema } from "@/lib/api/schemas";
import { startAppServer } from "./support/app-server";

const LIMIT = 3;

async function post(baseURL: string, forwardedFor: string) {
  return fetch(`${baseURL}/api/v1/responses`, {
    method: "POST",
    // Every attempt counts, valid or not: an empty body is the cheapest one.
    headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor, "x-dmi-peer-address": forwardedFor },
    body: "{}",
  });
}

test("submissions past the limit get 429 with Retry-After, across two app processes; a forged X-Forwarded-For does not get round it", async () => {
  test.setTimeout(90_000);
  const [direct, twin, proxied] = await Promise.all([
    startAppServer({ SUBMIT_RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: "0" }),
    startAppServer({ SUBMIT_RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: "0" }),
    startAppServer({ SUBMIT_RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: "1" }),
  ]);
  try {
    // Without a trusted proxy the client is the TCP peer, whatever the headers say; the two processes share its budget.
    const statuses = [];
    for (let i = 0; i < LIMIT + 1; i++) statuses.push((await post(i % 2 === 0 ? direct.baseURL : twin.baseURL, `198.51.100.${i}`)).status);
    expect(statuses).toEqual([400, 400, 400, 429]);
    expect((await post(twin.baseURL, "198.51.100.99")).status).toBe(429);
    // The browser's submit route spends the same budget.
    const browserSubmit = await fetch(`${direct.baseURL}/api/survey/submit`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(browserSubmit.status).toBe(429);
    const limited = await post(direct.baseURL, "203.0.113.1");
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(ApiErrorSchema.parse(await limited.json()).error.message).toMatch(/at most 3 a minute/);
    // Other endpoints are not limited.
    expect((await fetch(`${direct.baseURL}/api/v1/instrument`)).status).toBe(200);

    // Behind one trusted proxy, the proxy's entry names the client: each client has its own budget.
    for (let i = 0; i < LIMIT; i++) expect((await post(proxied.baseURL, "forged, 192.0.2.10")).status).toBe(400);
    expect((await post(proxied.baseURL, "forged, 192.0.2.10")).status).toBe(429);
    expect((await post(proxied.baseURL, "forged, 192.0.2.11")).status).toBe(400);
  } finally {
    await Promise.all([direct.stop(), twin.stop(), proxied.stop()]);
  }
});
