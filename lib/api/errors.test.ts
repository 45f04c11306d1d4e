import { describe, expect, expectTypeOf, it } from "vitest";
import type { ErrorBody } from "@/lib/http/error-body";
import { ApiErrorSchema, type ApiError } from "./schemas";
import { isJsonContentType, readApiJson, validationError, withApiErrors } from "./errors";
import { jsonError } from "@/lib/http/json-error";

const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://test/api/v1/responses", { method: "POST", body, headers });

async function errorOf(response: Response) {
  const body = ApiErrorSchema.parse(await response.json());
  return { status: response.status, ...body.error };
}

describe("API errors", () => {
  it("have the one error shape every route answers with (lib/http/error-body.ts)", () => {
    expectTypeOf<ApiError>().toEqualTypeOf<ErrorBody>();
  });

  it("are { error: { message, fields } } with no caching", async () => {
    const response = jsonError(404, "Not here.");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await errorOf(response)).toEqual({ status: 404, message: "Not here.", fields: {} });
  });

  it("map zod issues to one message per field, keyed by question id", async () => {
    const response = validationError(422, "Check these.", [
      { path: ["b.numbers.won-count"], message: "Enter a whole number" },
      { path: ["b.numbers.won-count"], message: "second message is dropped" },
      { path: ["e.pipeline.snapshot", "stages", 2, "count"], message: "Too many" },
      { path: [], message: "Whole body" },
    ]);
    expect(await errorOf(response)).toEqual({
      status: 422,
      message: "Check these.",
      fields: { "b.numbers.won-count": "Enter a whole number", "e.pipeline.snapshot.stages.2.count": "Too many", body: "Whole body" },
    });
  });

  it("name the current version on a 409", async () => {
    expect(await errorOf(jsonError(409, "Old.", { currentVersion: "2026.1" }))).toMatchObject({ currentVersion: "2026.1" });
  });

  it("hide an unexpected failure behind a plain 500", async () => {
    const handler = withApiErrors(async () => {
      throw new Error("connection refused at 10.0.0.3");
    });
    const response = await handler(post("{}"));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toContain("10.0.0.3");
    expect(text).not.toContain("at ");
  });

  it("answer 503 with Retry-After while the database is unreachable or restarting, without internals", async () => {
    const handler = withApiErrors(async () => {
      throw Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" });
    });
    const response = await handler(post("{}"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const error = await errorOf(response);
    expect(error.message).toMatch(/database is unavailable.*nothing was stored/);
    expect(error.message).not.toContain("administrator");
  });
});

describe("readApiJson", () => {
  it.each([
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ["application/vnd.api+json", true],
    ["text/plain", false],
    ["application/x-www-form-urlencoded", false],
    [null, false],
  ])("content type %s is JSON: %s", (type, expected) => {
    expect(isJsonContentType(type)).toBe(expected);
  });

  it("reads JSON", async () => {
    expect(await readApiJson(post('{"a":1}'), 100)).toEqual({ ok: true, body: { a: 1 } });
  });

  it.each([
    ["wrong content type", post("{}", { "content-type": "text/plain" }), 415],
    ["malformed JSON", post("{not json"), 400],
    ["an oversized body", post(JSON.stringify({ big: "x".repeat(500) })), 413],
  ])("answers %s with %d", async (_name, request, status) => {
    const read = await readApiJson(request, 100);
    if (read.ok) throw new Error("read");
    expect(read.response.status).toBe(status);
    expect(ApiErrorSchema.safeParse(await read.response.json()).success).toBe(true);
  });

  it("stops reading a body without Content-Length once it passes the cap", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64).fill(32));
      },
    });
    const request = new Request("http://test/", { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    const read = await readApiJson(request, 1000);
    expect(read.ok ? 200 : read.response.status).toBe(413);
    expect(pulled).toBeLessThan(40);
  });
});
