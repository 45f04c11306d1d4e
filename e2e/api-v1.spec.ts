// The public JSON API through HTTP against the built app: the contract of issue 7, every refusal, idempotent retries.
import { expect, test } from "@playwright/test";
import { INSTRUMENT_VERSION, PART_A_IDS } from "@/lib/instrument";
import { ApiErrorSchema, InstrumentDocumentSchema, SubmitResponseResultSchema } from "@/lib/api/schemas";
import { queryE2eDatabase } from "./support/database";
import { newKey, rowsForKey, submissionBody, submit } from "./support/api";

async function expectApiError(response: { status(): number; json(): Promise<unknown>; text(): Promise<string> }, status: number) {
  expect(response.status()).toBe(status);
  const text = await response.text();
  expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  return ApiErrorSchema.parse(JSON.parse(text)).error;
}

async function storedWithMarker(marker: string) {
  const [row] = await queryE2eDatabase<{ n: number }>(`SELECT count(*)::int AS n FROM "Response" WHERE answers::text LIKE $1`, [`%${marker}%`]);
  return row!.n;
}

test("GET /api/v1/instrument describes every question a program must answer", async ({ request }) => {
  const response = await request.get("/api/v1/instrument");
  expect(response.status()).toBe(200);
  const instrument = InstrumentDocumentSchema.parse(await response.json());
  expect(instrument.version).toBe(INSTRUMENT_VERSION);
  const questions = instrument.sections.flatMap((section) => section.questions);
  const industry = questions.find((question) => question.id === PART_A_IDS.industry)!;
  expect(industry).toMatchObject({ kind: "choice", required: true, prompt: expect.any(String) });
  expect(industry.options).toContainEqual({ value: "software", label: expect.any(String) });
  expect(questions.find((question) => question.kind === "number")).toMatchObject({ min: expect.any(Number), max: expect.any(Number), unit: expect.any(String) });
});

test("POST /api/v1/responses stores a response and answers with the contract's body; its report can be read", async ({ request }) => {
  const response = await submit(request, submissionBody("best"));
  expect(response.status()).toBe(201);
  const body = SubmitResponseResultSchema.parse(await response.json());
  expect(body.scores).toMatchObject({ overall: 100, value: 100, number: 100, winRate: 100, salesCycle: 100, personal: 100 });
  expect(body.scores.companyCategory).toMatchObject({ id: expect.any(String), name: expect.any(String) });
  expect(body.scores.peerGroup).toMatchObject({ label: expect.any(String), size: expect.any(Number) });
  expect(body.metrics.unitWinRate).toBeGreaterThanOrEqual(0);
  expect(body.metrics.openDeals).toEqual({ count: expect.any(Number), value: expect.any(Number) });
  expect(body.reportUrl).toMatch(new RegExp(`/r/${body.reportToken}$`));

  const report = await request.get(`/api/v1/reports/${body.reportToken}`);
  expect(report.status()).toBe(200);
  expect(await report.json()).toMatchObject({ kind: "report", summary: { overall: { score: 100 } } });
  expect((await request.get(new URL(body.reportUrl).pathname)).status()).toBe(200);
  const [row] = await queryE2eDatabase<{ status: string }>(`SELECT status FROM "Response" WHERE id = $1`, [body.responseId]);
  expect(row).toEqual({ status: "COMPLETED" });
});

test("GET /api/v1/reports/{token} is a JSON 404 for an unknown or malformed token", async ({ request }) => {
  for (const token of ["Z".repeat(43), "short", `${"a".repeat(42)}!`]) {
    const error = await expectApiError(await request.get(`/api/v1/reports/${token}`), 404);
    expect(error.message).toMatch(/no report/i);
  }
});

test.describe("Idempotency-Key", () => {
  test("a retry returns the first result with the same ids and stores nothing new", async ({ request }) => {
    const key = newKey();
    const first = await submit(request, submissionBody("middle"), { "idempotency-key": key });
    const retry = await submit(request, submissionBody("middle"), { "idempotency-key": key });
    expect(first.status()).toBe(201);
    expect(retry.status()).toBe(200);
    expect(retry.headers()["idempotent-replayed"]).toBe("true");
    expect(await retry.json()).toEqual(await first.json());
    expect(retry.headers().location).toBe(first.headers().location);
    // Only the link's hash is stored; the replayed link is derived again from the key, and opens the report.
    expect((await request.get((await retry.json()).reportUrl)).status()).toBe(200);
    expect(await rowsForKey(key)).toBe(1);
  });

  test("concurrent requests with one key store one response and all get it", async ({ request }) => {
    const key = newKey();
    const responses = await Promise.all(Array.from({ length: 6 }, () => submit(request, submissionBody("worst"), { "idempotency-key": key })));
    const statuses = responses.map((response) => response.status()).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 201]);
    const ids = new Set(await Promise.all(responses.map(async (response) => (await response.json()).responseId)));
    expect(ids.size).toBe(1);
    expect(await rowsForKey(key)).toBe(1);
  });

  test("a key reused for different answers is refused", async ({ request }) => {
    const key = newKey();
    expect((await submit(request, submissionBody("best"), { "idempotency-key": key })).status()).toBe(201);
    const error = await expectApiError(await submit(request, submissionBody("worst"), { "idempotency-key": key }), 422);
    expect(Object.keys(error.fields)).toEqual(["Idempotency-Key"]);
    expect(await rowsForKey(key)).toBe(1);
  });

  test("an unusable key is a 400", async ({ request }) => {
    const error = await expectApiError(await submit(request, submissionBody(), { "idempotency-key": "x".repeat(201) }), 400);
    expect(Object.keys(error.fields)).toEqual(["Idempotency-Key"]);
  });
});

test.describe("bad input gets a JSON error with field messages and stores nothing", () => {
  test("malformed JSON → 400", async ({ request }) => {
    const response = await request.post("/api/v1/responses", { data: Buffer.from('{"instrumentVersion": '), headers: { "content-type": "application/json" } });
    expect((await expectApiError(response, 400)).message).toMatch(/not valid JSON/);
  });

  test("a body that is not { instrumentVersion, answers } → 400 naming the field", async ({ request }) => {
    const error = await expectApiError(await submit(request, { instrumentVersion: INSTRUMENT_VERSION, answers: "all good" }), 400);
    expect(Object.keys(error.fields)).toContain("answers");
  });

  test("wrong content type → 415", async ({ request }) => {
    const response = await request.post("/api/v1/responses", { data: JSON.stringify(submissionBody()), headers: { "content-type": "text/plain" } });
    await expectApiError(response, 415);
    const form = await request.post("/api/v1/responses", { form: { instrumentVersion: INSTRUMENT_VERSION } });
    await expectApiError(form, 415);
  });

  test("an oversized body → 413", async ({ request }) => {
    const marker = `big${Date.now()}`;
    await expectApiError(await submit(request, submissionBody("middle", { [PART_A_IDS.companyName]: marker + "x".repeat(100_000) })), 413);
    expect(await storedWithMarker(marker)).toBe(0);
  });

  test("an old or unknown instrument version → 409 naming the current one", async ({ request }) => {
    for (const version of ["2026.1", "2025.1", "banana"]) {
      const error = await expectApiError(await submit(request, { ...submissionBody(), instrumentVersion: version }), 409);
      expect(error.currentVersion).toBe(INSTRUMENT_VERSION);
      expect(error.message).toContain(INSTRUMENT_VERSION);
    }
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ["a missing required answer", { "c.process.mapped-to-buyer": undefined }, "c.process.mapped-to-buyer"],
    ["an unknown option", { [PART_A_IDS.region]: "mars" }, PART_A_IDS.region],
    ["a number as text", { "b.numbers.won-count": "12" }, "b.numbers.won-count"],
    ["an unknown question", { "z.nothing.here": 1 }, "z.nothing.here"],
  ];
  for (const [name, override, field] of invalid) {
    test(`${name} → 422 naming ${field}`, async ({ request }) => {
      const marker = `m${Date.now()}${Math.random().toString(36).slice(2)}`;
      const body = submissionBody("middle", { ...override, [PART_A_IDS.companyName]: marker });
      const error = await expectApiError(await submit(request, body), 422);
      expect(Object.keys(error.fields)).toContain(field);
      expect(await storedWithMarker(marker)).toBe(0);
    });
  }

  test("participant details are checked as the contact questions and reported by the client's names", async ({ request }) => {
    const { answers, instrumentVersion } = submissionBody("middle");
    for (const id of [PART_A_IDS.consent, PART_A_IDS.name, PART_A_IDS.email, PART_A_IDS.companyName]) delete answers[id];
    const body = { instrumentVersion, answers, participant: { consent: true, email: "not-an-email" } };
    const error = await expectApiError(await submit(request, body), 422);
    expect(Object.keys(error.fields)).toEqual(["participant.email"]);
  });
});
