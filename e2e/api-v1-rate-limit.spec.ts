// The submission rate limit on servers of its own with a limit of 3 a minute (the shared e2e server's is high). The
// counts live in PostgreSQL, so two app processes on one database share one budget per client.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { ApiErrorSchema } from "@/lib/api/schemas";
import { startAppServer } from "./support/app-server";
import { queryE2eDatabase } from "./support/database";

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

test("survey saves, new surveys, PDF downloads and benchmark queries have limits of their own, shared by two processes; a refused save writes nothing", async () => {
  test.setTimeout(90_000);
  const limits = { STEP_SAVE_RATE_LIMIT_PER_MINUTE: "4", DRAFT_RATE_LIMIT_PER_HOUR: "2", PDF_RATE_LIMIT_PER_MINUTE: "2", BENCHMARKS_RATE_LIMIT_PER_MINUTE: "2", TRUST_PROXY: "1" };
  const [one, two] = await Promise.all([startAppServer(limits), startAppServer(limits)]);
  // Behind a trusted proxy each test client has an address of its own, so the shared e2e database's counts from other
  // runs and specs cannot leak in.
  const address = `192.0.2.${Math.floor(Math.random() * 200) + 20}`;
  const client = { "x-forwarded-for": address };
  const marker = `rate-limit-${randomUUID()}`;
  const save = (baseURL: string, cookie?: string) =>
    fetch(`${baseURL}/api/survey/steps`, {
      method: "PUT",
      headers: { "content-type": "application/json", ...client, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ sectionId: "a.contact", answers: { "a.contact.company-name": marker, "a.contact.consent": true } }),
    });
  try {
    // New surveys: two, one on each process; the third is refused and stores nothing.
    const first = await save(one.baseURL);
    expect(first.status).toBe(200);
    const cookie = first.headers.get("set-cookie")!.split(";")[0]!;
    expect((await save(two.baseURL)).status).toBe(200);
    const refused = await save(one.baseURL);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(60);
    expect(ApiErrorSchema.parse(await refused.json()).error.message).toMatch(/Too many new surveys from this client: at most 2 an hour/);
    expect(await draftsWith(marker)).toBe(2);
    // A participant with a survey under way still saves (a save of an existing draft is not a new survey) until the
    // saves per minute run out: this is the fourth.
    expect((await save(two.baseURL, cookie)).status).toBe(200);
    const tooFast = await save(one.baseURL, cookie);
    expect(tooFast.status).toBe(429);
    expect(ApiErrorSchema.parse(await tooFast.json()).error.message).toMatch(/at most 4 a minute/);

    // PDFs: every request counts, a missing report's too, before any lookup.
    const pdf = (baseURL: string) => fetch(`${baseURL}/r/${"B".repeat(43)}/pdf`, { headers: client });
    expect((await pdf(one.baseURL)).status).toBe(404);
    expect((await pdf(two.baseURL)).status).toBe(404);
    const pdfRefused = await pdf(one.baseURL);
    expect(pdfRefused.status).toBe(429);
    expect(pdfRefused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await pdfRefused.text()).toMatch(/Too many PDF downloads/);

    const benchmarks = (baseURL: string) => fetch(`${baseURL}/api/v1/benchmarks?industry=software`, { headers: client });
    expect((await benchmarks(two.baseURL)).status).toBe(200);
    expect((await benchmarks(one.baseURL)).status).toBe(200);
    const benchmarksRefused = await benchmarks(two.baseURL);
    expect(benchmarksRefused.status).toBe(429);
    expect(ApiErrorSchema.parse(await benchmarksRefused.json()).error.message).toMatch(/at most 2 a minute/);
    // Another client is untouched.
    expect((await fetch(`${one.baseURL}/api/v1/benchmarks`, { headers: { ...client, "x-forwarded-for": "198.51.100.250" } })).status).toBe(200);
  } finally {
    await Promise.all([one.stop(), two.stop()]);
  }
});

async function draftsWith(marker: string) {
  const rows = await queryE2eDatabase<{ n: number }>(`SELECT count(*)::int AS n FROM "Response" WHERE status = 'DRAFT' AND answers::text LIKE $1`, [`%${marker}%`]);
  return rows[0]!.n;
}
