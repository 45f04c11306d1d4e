// Submissions under load while something breaks (restart.ts, pgkill.ts, appkill.ts): nothing acknowledged is lost,
// the app answers again without being restarted by us, and every unacknowledged request, retried with its
// Idempotency-Key, is stored exactly once.
import { type AppUnderTest, waitForHealth } from "./server";
import { check, newKey, pool, submitKeyColumn, validSubmission, type Failure } from "./common";

type Answer = { status: number | string; responseId?: string };
type Attempt = Answer & { key: string; body: string; answeredAt: number };

export interface Disruption {
  /** The check's name, which starts each of its failures. */
  name: string;
  /** What happened, for the log: "PostgreSQL restarted". */
  what: string;
  /** Breaks it and brings it back; resolves once it is back. May print a line of its own. */
  run: () => Promise<void>;
  /** A kill of the app loses the answers of the requests in flight: then at least one must have been. */
  losesRequestsInFlight?: boolean;
}

export interface LoadShape {
  clients: number;
  durationMs: number;
  disruptAtMs: number;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const acknowledged = (answer: Answer) => typeof answer.status === "number" && answer.status >= 200 && answer.status < 300;

/** POST /api/v1/responses with an Idempotency-Key; its status (or the fetch error's name) and response id. */
export async function submit(app: AppUnderTest, key: string, body: string): Promise<Answer> {
  try {
    const response = await fetch(`${app.baseUrl}/api/v1/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": key },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    // A body cut off by a killed app throws here: its answer was not received, whatever the status line said.
    const text = await response.text();
    const json = (() => {
      try {
        return JSON.parse(text) as { responseId?: string };
      } catch {
        return {};
      }
    })();
    return { status: response.status, responseId: json.responseId };
  } catch (error) {
    return { status: `error:${(error as Error).name}` };
  }
}

export async function submitUnderLoad(
  app: AppUnderTest,
  failures: Failure[],
  disruption: Disruption,
  { clients, durationMs, disruptAtMs }: LoadShape,
  seedFrom: number,
) {
  const { name } = disruption;
  const attempts: Attempt[] = [];
  const started = Date.now();
  let seed = seedFrom;
  let backAt = 0;
  const disrupted = (async () => {
    await new Promise((resolve) => setTimeout(resolve, disruptAtMs));
    const t0 = Date.now();
    try {
      await disruption.run();
    } finally {
      backAt = Date.now();
    }
    console.log(`  ${disruption.what} at ${seconds(t0 - started)} s (took ${seconds(backAt - t0)} s)`);
  })();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() - started < durationMs) {
        const key = newKey();
        const body = JSON.stringify(validSubmission(seed++));
        const answer = await submit(app, key, body);
        attempts.push({ key, body, ...answer, answeredAt: Date.now() });
        // A client that got no answer waits a moment before its next request rather than spin on a refused port.
        if (!acknowledged(answer)) await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }),
  );
  await disrupted;
  const acked = attempts.filter(acknowledged);
  const unacked = attempts.filter((attempt) => !acknowledged(attempt));
  const statuses = new Map<string, number>();
  for (const attempt of attempts) statuses.set(String(attempt.status), (statuses.get(String(attempt.status)) ?? 0) + 1);
  console.log(`  ${attempts.length} submissions by ${clients} clients in ${seconds(Date.now() - started)} s: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(" ")}`);
  if (disruption.losesRequestsInFlight) check(failures, unacked.length > 0, `${name}: no request was in flight when the app was killed`);

  const recovered = await waitForHealth(app.baseUrl, 30_000);
  check(failures, recovered, `${name}: /api/health did not answer 200 within 30 s after ${disruption.what}`);
  const firstAfter = Math.min(...attempts.filter((attempt) => acknowledged(attempt) && attempt.answeredAt > backAt).map((attempt) => attempt.answeredAt));
  console.log(`  first acknowledged submission ${Number.isFinite(firstAfter) ? `${seconds(firstAfter - backAt)} s after it was back` : "not during the load"}; health after the load: ${recovered ? 200 : "not 200"}`);
  const fresh = await submit(app, newKey(), JSON.stringify(validSubmission(seed++)));
  check(failures, fresh.status === 201, `${name}: a new submission after recovery answered ${fresh.status}, not 201`);

  const ids = acked.map((attempt) => attempt.responseId);
  const found = await app.query<{ id: string }>(`SELECT id FROM "Response" WHERE id = ANY($1::uuid[]) AND status = 'COMPLETED'`, [ids]);
  const lost = acked.length - found.length;
  check(failures, lost === 0 && ids.every(Boolean), `${name}: ${lost} acknowledged responses are not in the database`);

  // Some unacknowledged requests were committed before their answer was lost: their retry must find that row.
  const storedUnanswered = await app.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Response" WHERE "submitKey" = ANY($1::text[])`, [
    unacked.map((attempt) => submitKeyColumn(attempt.key)),
  ]);
  // Retry every unacknowledged request with its key: it must now succeed, and each key holds exactly one row.
  let retriedOk = 0;
  await pool(unacked, 10, async (attempt) => {
    const retry = await submit(app, attempt.key, attempt.body);
    if (retry.status === 200 || retry.status === 201) retriedOk++;
    else failures.push(`${name}: retrying an unacknowledged request answered ${retry.status}`);
  });
  const keys = attempts.map((attempt) => submitKeyColumn(attempt.key));
  const perKey = await app.query<{ submitKey: string; n: number }>(
    `SELECT "submitKey", count(*)::int AS n FROM "Response" WHERE "submitKey" = ANY($1::text[]) GROUP BY "submitKey"`,
    [keys],
  );
  const duplicated = perKey.filter((row) => row.n !== 1).length;
  const missing = keys.length - perKey.length;
  check(failures, duplicated === 0 && missing === 0, `${name}: after retries ${missing} keys have no row and ${duplicated} more than one`);
  console.log(
    `  acknowledged ${acked.length}, all found: ${lost === 0}; unacknowledged ${unacked.length} (${storedUnanswered[0]!.n} stored before their answer was lost), ` +
      `retried with their keys: ${retriedOk} ok; keys with exactly one row: ${perKey.length - duplicated}/${keys.length}`,
  );
}
