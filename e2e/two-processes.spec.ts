// Two app processes on one database, as behind a load balancer: what must hold across them lives in PostgreSQL.
// (The shared submission limit is checked in api-v1-rate-limit.spec.ts.)
import { expect, test } from "@playwright/test";
import { newKey, rowsForKey, submissionBody } from "./support/api";
import { startAppServer } from "./support/app-server";

const post = (baseURL: string, key: string) =>
  fetch(`${baseURL}/api/v1/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": key },
    body: JSON.stringify(submissionBody("middle")),
  });

test("an Idempotency-Key retried against the other process returns the first result and stores one response", async () => {
  test.setTimeout(90_000);
  const [first, second] = await Promise.all([
    startAppServer({ SUBMIT_RATE_LIMIT_PER_MINUTE: "0" }),
    startAppServer({ SUBMIT_RATE_LIMIT_PER_MINUTE: "0" }),
  ]);
  try {
    const key = newKey();
    const created = await post(first.baseURL, key);
    expect(created.status).toBe(201);
    const replayed = await post(second.baseURL, key);
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
    // The same result; only the report URL's host differs, each process naming its own (behind a balancer, one host).
    const [again, original] = [(await replayed.json()) as { reportUrl: string }, (await created.json()) as { reportUrl: string }];
    expect({ ...again, reportUrl: new URL(again.reportUrl).pathname }).toEqual({ ...original, reportUrl: new URL(original.reportUrl).pathname });

    // At the same moment against both: still one response.
    const racing = newKey();
    const statuses = (await Promise.all([post(first.baseURL, racing), post(second.baseURL, racing)])).map((response) => response.status).sort();
    expect(statuses).toEqual([200, 201]);
    expect(await rowsForKey(key)).toBe(1);
    expect(await rowsForKey(racing)).toBe(1);
  } finally {
    await Promise.all([first.stop(), second.stop()]);
  }
});
