// Double and concurrent submission: the same draft submitted five times at once from one browser, and the same
// Idempotency-Key sent ten times at once through the API, each store one response.
import { type AppUnderTest } from "./server";
import { RESUME_COOKIE, check, cookieFrom, newKey, submitKeyColumn, validSteps, validSubmission, type Failure } from "./common";

export async function duplicates(app: AppUnderTest, failures: Failure[]) {
  // Browser path: the steps, then five concurrent submits with the same cookie.
  const before = await app.counts();
  let cookie: string | undefined;
  for (const step of validSteps(7)) {
    const response = await fetch(`${app.baseUrl}/api/survey/steps`, {
      method: "PUT",
      headers: { "content-type": "application/json", ...(cookie ? { cookie: `${RESUME_COOKIE}=${cookie}` } : {}) },
      body: JSON.stringify(step),
    });
    cookie ??= cookieFrom(response, RESUME_COOKIE);
    if (response.status !== 200) failures.push(`duplicates: PUT step ${step.sectionId} answered ${response.status}: ${await response.text()}`);
  }
  const submits = await Promise.all(
    Array.from({ length: 5 }, async () => {
      const response = await fetch(`${app.baseUrl}/api/survey/submit`, { method: "POST", headers: { cookie: `${RESUME_COOKIE}=${cookie}` } });
      return { status: response.status, body: (await response.json().catch(() => ({}))) as { reportUrl?: string } };
    }),
  );
  const after = await app.counts();
  const reportUrls = new Set(submits.map((submit) => submit.body.reportUrl));
  console.log(`  browser: 5 concurrent submits → ${submits.map((s) => s.status).join(", ")}; report URLs ${reportUrls.size}; new rows ${JSON.stringify({ Response: after.Response - before.Response, Report: after.Report - before.Report, Score: after.Score - before.Score })}`);
  check(failures, submits.every((submit) => submit.status === 200), "duplicates: not every concurrent draft submit answered 200");
  check(failures, reportUrls.size === 1, `duplicates: concurrent draft submits gave ${reportUrls.size} different reports`);
  check(failures, after.Response - before.Response === 1 && after.Report - before.Report === 1 && after.Score - before.Score === 1, "duplicates: the draft was not stored as exactly one response, report and score");

  // API: ten concurrent requests with one key and one body.
  const key = newKey();
  const body = JSON.stringify(validSubmission(4242));
  const results = await Promise.all(
    Array.from({ length: 10 }, async () => {
      const response = await fetch(`${app.baseUrl}/api/v1/responses`, { method: "POST", headers: { "content-type": "application/json", "idempotency-key": key }, body });
      return { status: response.status, body: (await response.json().catch(() => ({}))) as { responseId?: string } };
    }),
  );
  const [row] = await app.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Response" WHERE "submitKey" = $1`, [submitKeyColumn(key)]);
  const responseIds = new Set(results.map((result) => result.body.responseId));
  console.log(`  API: 10 concurrent requests with one Idempotency-Key → ${results.map((r) => r.status).join(", ")}; stored rows ${row!.n}; response ids ${responseIds.size}`);
  check(failures, results.filter((r) => r.status === 201).length === 1 && results.every((r) => r.status === 200 || r.status === 201), "duplicates: concurrent same-key requests were not one 201 and the rest 200");
  check(failures, row!.n === 1 && responseIds.size === 1, `duplicates: one Idempotency-Key stored ${row!.n} rows (${responseIds.size} ids)`);
}
