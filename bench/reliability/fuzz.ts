// Fuzzing: generated bad inputs (fast-check) against every write endpoint and every server action, through HTTP the
// way browsers and programs send them (fuzz-routes.ts, fuzz-actions.ts). Nothing may answer 5xx, and no table may
// change: every table's rows are counted before and after, plus revoked API tokens.
import http from "node:http";
import { type AppUnderTest } from "./server";
import { check, pool, type Failure } from "./common";
import { actionRequests } from "./fuzz-actions";
import type { FuzzRequest } from "./fuzz-inputs";
import { fuzzFixtures } from "./fixtures";
import { routeRequests } from "./fuzz-routes";

/**
 * Written by design, so reported rather than held to zero: RateLimit holds the rate limits' counts, which every fuzzed
 * sign-in attempt adds to (docs/decisions/014-rate-limits-in-postgres.md), and AuditEvent records each failed or
 * refused sign-in (docs/decisions/015-audit-trail.md).
 */
const WRITES_BY_DESIGN = new Set(["RateLimit", "AuditEvent"]);

/** Rows in every table of the app's schema, and the updates a bad request could make without adding rows. */
async function tableCounts(app: AppUnderTest): Promise<Record<string, number>> {
  const tables = await app.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const counts = tables.map(({ name }) => `SELECT '${name}' AS name, count(*)::int AS n FROM "${name.replaceAll('"', '""')}"`);
  counts.push(`SELECT 'ApiToken revoked', count(*)::int FROM "ApiToken" WHERE "revokedAt" IS NOT NULL`);
  const rows = await app.query<{ name: string; n: number }>(counts.join(" UNION ALL "));
  return Object.fromEntries(rows.map(({ name, n }) => [name, n]));
}

/** Methods fetch() refuses to send; they go through node:http. */
const RAW_METHODS = new Set(["TRACE", "TRACK"]);

/** Sends one request and reads the whole answer; its status. */
async function send(baseUrl: string, request: FuzzRequest): Promise<{ status: number }> {
  if (!RAW_METHODS.has(request.method)) {
    const response = await fetch(`${baseUrl}${request.path}`, { method: request.method, headers: request.headers, body: request.body, redirect: "manual" });
    await response.arrayBuffer();
    return { status: response.status };
  }
  return new Promise((resolve, reject) => {
    const outgoing = http.request(`${baseUrl}${request.path}`, { method: request.method, headers: request.headers }, (incoming) => {
      incoming.resume();
      incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0 }));
    });
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}

export async function fuzz(app: AppUnderTest, failures: Failure[], perEndpoint = 2600) {
  const seed = Number(process.env.FUZZ_SEED ?? 20261126);
  const { sessionCookie } = await fuzzFixtures(app);
  const all = [
    ...routeRequests(perEndpoint, seed, sessionCookie),
    ...actionRequests(Math.round(perEndpoint / 5), perEndpoint, seed, { origin: app.baseUrl, sessionCookie }),
  ];
  const before = await tableCounts(app);
  const tally = new Map<string, Map<string, number>>();
  const serverErrors: string[] = [];
  const accepted: string[] = [];
  const started = Date.now();
  await pool(all, 48, async (request) => {
    let status: string;
    try {
      const response = await send(app.baseUrl, request);
      status = String(response.status);
      if (response.status < 300 && request.method === "PUT") accepted.push(request.body ?? "");
      if (response.status >= 500) serverErrors.push(`${request.endpoint} → ${status} for body ${JSON.stringify((request.body ?? "").slice(0, 200))} headers ${JSON.stringify(request.headers).slice(0, 200)}`);
    } catch (error) {
      status = `error:${(error as Error).cause ? String((error as { cause: { code?: string } }).cause.code) : (error as Error).message}`;
      serverErrors.push(`${request.endpoint} → ${status}`);
    }
    const byStatus = tally.get(request.endpoint) ?? new Map<string, number>();
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    tally.set(request.endpoint, byStatus);
  });
  const after = await tableCounts(app);
  console.log(`fuzzing: ${all.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
  for (const [endpoint, byStatus] of tally) {
    const statuses = [...byStatus].sort(([a], [b]) => a.localeCompare(b)).map(([status, n]) => `${status}×${n}`).join(" ");
    console.log(`  ${endpoint}: ${[...byStatus.values()].reduce((a, b) => a + b, 0)} — ${statuses}`);
  }
  console.log(`  rows before ${JSON.stringify(before)}\n  rows after  ${JSON.stringify(after)}`);
  if (accepted.length) console.log(`  accepted steps, e.g. ${accepted.slice(0, 3).map((body) => body.slice(0, 300)).join("\n    ")}`);
  check(failures, all.length >= 10_000, `fuzzing: only ${all.length} inputs`);
  check(failures, serverErrors.length === 0, `fuzzing: ${serverErrors.length} 5xx or broken connections, e.g.\n    ${serverErrors.slice(0, 5).join("\n    ")}`);
  for (const table of Object.keys(before).filter((name) => !WRITES_BY_DESIGN.has(name))) {
    check(failures, before[table] === after[table], `fuzzing: ${table} went from ${before[table]} to ${after[table]}`);
  }
}
