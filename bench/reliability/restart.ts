// Load with PostgreSQL restarted in the middle: nothing acknowledged is lost, the app recovers without a restart,
// and every unacknowledged request, retried with its Idempotency-Key, is stored exactly once.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { type AppUnderTest, waitForHealth } from "./server";
import { check, newKey, pool, submitKeyColumn, validSubmission, type Failure } from "./common";

const PG_CTLCLUSTER = "/usr/bin/pg_ctlcluster";
const CLIENTS = 10;
const DURATION_MS = 20_000;
const RESTART_AT_MS = 8_000;

type Attempt = { key: string; body: string; status: number | string; responseId?: string };

async function post(app: AppUnderTest, key: string, body: string): Promise<{ status: number | string; responseId?: string }> {
  try {
    const response = await fetch(`${app.baseUrl}/api/v1/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": key },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    const json = (await response.json().catch(() => ({}))) as { responseId?: string };
    return { status: response.status, responseId: json.responseId };
  } catch (error) {
    return { status: `error:${(error as Error).name}` };
  }
}

export function restartAvailable(): string | null {
  if (!existsSync(PG_CTLCLUSTER)) return "pg_ctlcluster is not installed";
  if (process.getuid?.() !== 0) return "not running as root (pg_ctlcluster restart needs it)";
  if (!existsSync("/etc/postgresql/15/main")) return "no PostgreSQL 15 'main' cluster";
  return null;
}

export async function restartUnderLoad(app: AppUnderTest, failures: Failure[]) {
  const attempts: Attempt[] = [];
  const started = Date.now();
  let seed = 100_000;
  let restartDone = 0;
  const restart = (async () => {
    await new Promise((resolve) => setTimeout(resolve, RESTART_AT_MS));
    const t0 = Date.now();
    execFileSync(PG_CTLCLUSTER, ["--skip-systemctl-redirect", "15", "main", "restart"], { stdio: "inherit" });
    restartDone = Date.now();
    console.log(`  PostgreSQL restarted at ${((t0 - started) / 1000).toFixed(1)} s (took ${((restartDone - t0) / 1000).toFixed(1)} s)`);
  })();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() - started < DURATION_MS) {
        const key = newKey();
        const body = JSON.stringify(validSubmission(seed++));
        attempts.push({ key, body, ...(await post(app, key, body)) });
      }
    }),
  );
  await restart;
  const acked = attempts.filter((attempt) => typeof attempt.status === "number" && attempt.status >= 200 && attempt.status < 300);
  const unacked = attempts.filter((attempt) => !acked.includes(attempt));
  const statuses = new Map<string, number>();
  for (const attempt of attempts) statuses.set(String(attempt.status), (statuses.get(String(attempt.status)) ?? 0) + 1);
  console.log(`  ${attempts.length} submissions by ${CLIENTS} clients in ${((Date.now() - started) / 1000).toFixed(1)} s: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(" ")}`);

  const recovered = await waitForHealth(app.baseUrl, 30_000);
  check(failures, recovered, "restart: /api/health did not answer 200 within 30 s after PostgreSQL came back");
  if (recovered) console.log(`  health 200 again ${((Date.now() - restartDone) / 1000).toFixed(1)} s after the restart finished`);
  const fresh = await post(app, newKey(), JSON.stringify(validSubmission(seed++)));
  check(failures, fresh.status === 201, `restart: a new submission after recovery answered ${fresh.status}, not 201`);

  const ids = acked.map((attempt) => attempt.responseId);
  const found = await app.query<{ id: string }>(`SELECT id FROM "Response" WHERE id = ANY($1::uuid[]) AND status = 'COMPLETED'`, [ids]);
  const lost = acked.length - found.length;
  check(failures, lost === 0 && ids.every(Boolean), `restart: ${lost} acknowledged responses are not in the database`);

  // Retry every unacknowledged request with its key: it must now succeed, and each key holds exactly one row.
  let retriedOk = 0;
  await pool(unacked, 10, async (attempt) => {
    const retry = await post(app, attempt.key, attempt.body);
    if (retry.status === 200 || retry.status === 201) retriedOk++;
    else failures.push(`restart: retrying an unacknowledged request answered ${retry.status}`);
  });
  const keys = attempts.map((attempt) => submitKeyColumn(attempt.key));
  const perKey = await app.query<{ submitKey: string; n: number }>(
    `SELECT "submitKey", count(*)::int AS n FROM "Response" WHERE "submitKey" = ANY($1::text[]) GROUP BY "submitKey"`,
    [keys],
  );
  const duplicated = perKey.filter((row) => row.n !== 1).length;
  const missing = keys.length - perKey.length;
  check(failures, duplicated === 0 && missing === 0, `restart: after retries ${missing} keys have no row and ${duplicated} more than one`);
  console.log(`  acknowledged ${acked.length}, all found: ${lost === 0}; unacknowledged ${unacked.length}, retried with their keys: ${retriedOk} ok; keys with exactly one row: ${perKey.length - duplicated}/${keys.length}`);
}
