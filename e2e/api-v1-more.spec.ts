// The rest of /api/v1 through HTTP: public benchmarks, admin endpoints and their 401s, the OpenAPI document and its
// page, and the browser form and the API scoring the same answers the same.
import { expect, test } from "@playwright/test";
import { PART_A_IDS } from "@/lib/instrument";
import { ApiErrorSchema, SubmitResponseResultSchema } from "@/lib/api/schemas";
import { BenchmarksSchema } from "@/lib/api/benchmark-schemas";
import { AdminResponsesPageSchema } from "@/lib/api/admin-schemas";
import { queryE2eDatabase } from "./support/database";
import { signInAsAdmin } from "./support/admin";
import { adminApiToken, profileOverrides, submissionBody, submit } from "./support/api";
import { completeAllSteps } from "./support/survey";

test("GET /api/v1/benchmarks gives a group's quartiles once it has enough responses, and no count ever", async ({ request }) => {
  const group = { industry: "public-education", region: "middle-east-africa" };
  const before = BenchmarksSchema.parse(await (await request.get("/api/v1/benchmarks", { params: group })).json());
  expect(before).toMatchObject({ suppressed: true, indices: { overall: { median: null, suppressed: true } } });

  // The e2e server runs with the default thresholds: quartiles from 4 × 5 = 20 responses.
  for (let i = 0; i < before.minimumGroupSize; i++) {
    const pick = (["best", "worst", "middle"] as const)[i % 3];
    expect((await submit(request, submissionBody(pick, profileOverrides(group.industry, group.region)))).status()).toBe(201);
  }
  const response = await request.get("/api/v1/benchmarks", { params: group });
  expect(response.status()).toBe(200);
  const body = await response.json();
  const after = BenchmarksSchema.parse(body);
  expect(after.suppressed).toBe(false);
  expect(after.indices.overall).toMatchObject({ suppressed: false, median: expect.any(Number), p25: expect.any(Number), p75: expect.any(Number) });
  expect(JSON.stringify(body)).not.toMatch(/"n":/);
  const oneSalesModel = BenchmarksSchema.parse(await (await request.get("/api/v1/benchmarks", { params: { ...group, salesModel: "field" } })).json());
  expect(oneSalesModel.suppressed).toBe(true);
});

test("GET /api/v1/benchmarks refuses an unknown filter value or parameter with a 400 naming it", async ({ request }) => {
  for (const [params, field] of [[{ industry: "mining-on-mars" }, "industry"], [{ colour: "blue" }, "body"]] as const) {
    const response = await request.get("/api/v1/benchmarks", { params });
    expect(response.status()).toBe(400);
    expect(Object.keys(ApiErrorSchema.parse(await response.json()).error.fields)).toContain(field);
  }
});

test.describe("admin endpoints", () => {
  const endpoints = [
    ["GET", "/api/v1/admin/responses"],
    ["GET", "/api/v1/admin/export.csv"],
    ["DELETE", "/api/v1/admin/responses/00000000-0000-4000-8000-000000000000"],
  ] as const;

  test("answer 401 JSON without a session or with a bad or revoked token", async ({ request }) => {
    const revoked = await adminApiToken({ revoked: true });
    const expired = await adminApiToken({ expired: true });
    for (const authorization of [undefined, "Bearer nonsense", `Bearer dmi_${"A".repeat(43)}`, `Bearer ${revoked}`, `Bearer ${expired}`]) {
      for (const [method, path] of endpoints) {
        const response = await request.fetch(path, { method, headers: authorization ? { authorization } : {} });
        expect(response.status(), `${method} ${path} with ${authorization}`).toBe(401);
        expect(ApiErrorSchema.safeParse(await response.json()).success).toBe(true);
      }
    }
  });

  test("with an API token: list, export and delete", async ({ request }) => {
    const headers = { authorization: `Bearer ${await adminApiToken()}` };
    const created = SubmitResponseResultSchema.parse(await (await submit(request, submissionBody("best"))).json());

    const list = await request.get("/api/v1/admin/responses", { headers, params: { sort: "date", dir: "desc" } });
    expect(list.status()).toBe(200);
    const page = AdminResponsesPageSchema.parse(await list.json());
    expect(page).toMatchObject({ page: 1, pageSize: 50 });
    expect(page.total).toBeGreaterThanOrEqual(1);
    expect((await request.get("/api/v1/admin/responses", { headers, params: { page: "0" } })).status()).toBe(400);

    const csv = await request.get("/api/v1/admin/export.csv", { headers });
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text.split(/\r?\n/)[0]).toContain("response_id");
    expect(text).toContain(created.responseId);

    const remove = () => request.delete(`/api/v1/admin/responses/${created.responseId}`, { headers });
    expect((await remove()).status()).toBe(204);
    expect((await remove()).status()).toBe(404);
    expect((await request.get(`/api/v1/reports/${created.reportToken}`)).status()).toBe(404);
    expect((await request.delete("/api/v1/admin/responses/not-a-uuid", { headers })).status()).toBe(404);
  });

  test("a read-only token lists and exports but may not erase", async ({ request }) => {
    const headers = { authorization: `Bearer ${await adminApiToken({ scope: "read" })}` };
    const created = SubmitResponseResultSchema.parse(await (await submit(request, submissionBody("best"))).json());
    expect((await request.get("/api/v1/admin/responses", { headers })).status()).toBe(200);
    expect((await request.get("/api/v1/admin/export.csv", { headers })).status()).toBe(200);
    const refused = await request.delete(`/api/v1/admin/responses/${created.responseId}`, { headers });
    expect(refused.status()).toBe(403);
    expect(ApiErrorSchema.parse(await refused.json()).error.message).toMatch(/may only read/);
    expect((await request.get(`/api/v1/reports/${created.reportToken}`)).status()).toBe(200);
  });

  test("with an admin session cookie", async ({ page }) => {
    await signInAsAdmin(page);
    const response = await page.request.get("/api/v1/admin/responses");
    expect(response.status()).toBe(200);
    AdminResponsesPageSchema.parse(await response.json());
  });

  test("a write on the session cookie from another site is refused, and so is a forged X-Forwarded-Host", async ({ page, request, baseURL }) => {
    await signInAsAdmin(page);
    const created = SubmitResponseResultSchema.parse(await (await submit(request, submissionBody("best"))).json());
    const path = `/api/v1/admin/responses/${created.responseId}`;
    const foreign = await page.request.delete(path, { headers: { origin: "http://evil.example" } });
    expect(foreign.status()).toBe(403);
    expect(ApiErrorSchema.parse(await foreign.json()).error.message).toMatch(/API token/);
    const forged = await page.request.delete(path, { headers: { origin: "http://evil.example", "x-forwarded-host": "evil.example" } });
    expect(forged.status()).toBe(403);
    expect((await request.get(`/api/v1/reports/${created.reportToken}`)).status()).toBe(200);
    const own = await page.request.delete(path, { headers: { origin: new URL(baseURL!).origin } });
    expect(own.status()).toBe(204);
  });
});

test("GET /api/v1/openapi.json is a valid OpenAPI 3.1 document listing every route, and /docs/api renders it", async ({ request, page }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  const { Validator } = await import("@seriousme/openapi-schema-validator");
  const result = await new Validator().validate(document);
  expect(result.errors ?? []).toEqual([]);
  const routes = Object.entries(document.paths as Record<string, object>).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  );
  expect(routes.sort()).toEqual(
    [
      "GET /api/v1/instrument",
      "POST /api/v1/responses",
      "GET /api/v1/reports/{token}",
      "GET /api/v1/benchmarks",
      "GET /api/v1/admin/responses",
      "GET /api/v1/admin/export.csv",
      "DELETE /api/v1/admin/responses/{id}",
      "GET /api/v1/openapi.json",
      "POST /api/v1/teams",
      "GET /api/v1/teams/{dashboardToken}",
    ].sort(),
  );

  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: "Dealmaker Index API" })).toBeVisible();
  for (const path of Object.keys(document.paths)) await expect(page.getByRole("heading", { name: path }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "SubmitResponseResult" })).toBeVisible();
  // Inline Markdown in the descriptions is rendered, not shown as backticks.
  await expect(page.locator("main code", { hasText: "Idempotency-Key" }).first()).toBeVisible();

  // Every operation's examples are on the page: short ones open, the whole report behind its summary.
  const submit = page.locator('section[aria-labelledby="submitResponse"]');
  await expect(submit.getByText("Request · The sample report's participant")).toBeVisible();
  await expect(submit.locator("details[open] pre", { hasText: "Too many submissions from this client" })).toBeVisible();
  const report = page.locator('section[aria-labelledby="getReport"]');
  const whole = report.locator("details", { hasText: "The sample report" });
  await expect(whole).not.toHaveAttribute("open");
  await whole.locator("summary").click();
  await expect(whole.locator("pre")).toContainText('"executive"');
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
  }
});

test("the browser form and the API score the same answers the same", async ({ page, request }) => {
  await page.goto("/survey");
  await completeAllSteps(page);
  await page.getByRole("button", { name: "Submit and see my report" }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{43}$/);
  const token = page.url().split("/").pop()!;
  const [browser] = await queryE2eDatabase<Record<string, unknown> & { answers: Record<string, unknown> }>(
    `SELECT r.answers, s.overall, s."valueIndex", s."numberIndex", s."winRateIndex", s."salesCycleIndex", s."personalIndex",
            s."companyCategory", s."personalCategory"
       FROM "Report" t JOIN "Response" r ON r.id = t."responseId" JOIN "Score" s ON s."responseId" = r.id WHERE t."tokenHash" = encode(sha256($1::bytea), 'hex')`,
    [token],
  );
  const { answers, ...browserScores } = browser!;
  expect(answers[PART_A_IDS.industry]).toBeTruthy();
  const response = await submit(request, { ...submissionBody(), answers });
  expect(response.status()).toBe(201);
  const { scores } = SubmitResponseResultSchema.parse(await response.json());
  expect(scores.overall).not.toBeNull();
  expect({
    overall: scores.overall,
    valueIndex: scores.value,
    numberIndex: scores.number,
    winRateIndex: scores.winRate,
    salesCycleIndex: scores.salesCycle,
    personalIndex: scores.personal,
    companyCategory: scores.companyCategory?.id ?? null,
    personalCategory: scores.personalCategory?.id ?? null,
  }).toEqual(browserScores);
});
