import { describe, expect, it } from "vitest";
import { INSTRUMENT_VERSION, PART_A_IDS } from "@/lib/instrument";
import { BenchmarkQuerySchema } from "./benchmark-schemas";
import { AdminExportQuerySchema, AdminResponsesQuerySchema } from "./admin-schemas";
import { IdempotencyKeySchema, SubmitResponseRequestSchema } from "./schemas";
import { answersFromRequest, errorFieldName } from "./submission";

const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join(".")) ?? [];

describe("SubmitResponseRequestSchema", () => {
  it("accepts { instrumentVersion, answers } with optional participant details", () => {
    expect(SubmitResponseRequestSchema.safeParse({ instrumentVersion: INSTRUMENT_VERSION, answers: {} }).success).toBe(true);
    const withParticipant = { instrumentVersion: "x", answers: {}, participant: { consent: true, email: "a@example.com" } };
    expect(SubmitResponseRequestSchema.safeParse(withParticipant).success).toBe(true);
  });

  it.each([
    ["no body", undefined, [""]],
    ["an array", [], [""]],
    ["answers missing", { instrumentVersion: "2026.1" }, ["answers"]],
    ["answers not an object", { instrumentVersion: "2026.1", answers: "yes" }, ["answers"]],
    ["version not a string", { instrumentVersion: 2026, answers: {} }, ["instrumentVersion"]],
    ["an unknown field", { instrumentVersion: "2026.1", answers: {}, extra: 1 }, [""]],
    ["participant without consent", { instrumentVersion: "2026.1", answers: {}, participant: { name: "A" } }, ["participant.consent"]],
    ["inPool as text", { instrumentVersion: "2026.1", answers: {}, inPool: "no" }, ["inPool"]],
  ])("refuses %s, naming the field", (_name, body, paths) => {
    const result = SubmitResponseRequestSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(pathsOf(result)).toEqual(paths);
  });
});

describe("IdempotencyKeySchema", () => {
  it.each(["a", "3f2c6a1e-8f0b-4c1d-9a0e-5b7d2c1e9f00", "x".repeat(200)])("accepts %s", (key) => {
    expect(IdempotencyKeySchema.safeParse(key).success).toBe(true);
  });
  it.each(["", "x".repeat(201), "has space", "naïve"])("refuses %j", (key) => {
    expect(IdempotencyKeySchema.safeParse(key).success).toBe(false);
  });
});

describe("answersFromRequest", () => {
  it("folds participant details into the contact questions", () => {
    const merged = answersFromRequest({ instrumentVersion: "v", answers: { a: 1 }, participant: { consent: true, name: "Ada" } });
    expect(merged).toEqual({ ok: true, answers: { a: 1, [PART_A_IDS.consent]: true, [PART_A_IDS.name]: "Ada" } });
  });

  it("refuses a contact detail sent both ways", () => {
    const merged = answersFromRequest({ instrumentVersion: "v", answers: { [PART_A_IDS.name]: "A" }, participant: { consent: true, name: "B" } });
    expect(merged).toMatchObject({ ok: false, fields: { "participant.name": expect.stringContaining(PART_A_IDS.name) } });
  });

  it("folds inPool into the pool question, and leaves it out (in the pool, the default) when not sent", () => {
    expect(answersFromRequest({ instrumentVersion: "v", answers: { a: 1 }, inPool: false })).toEqual({ ok: true, answers: { a: 1, [PART_A_IDS.pool]: false } });
    expect(answersFromRequest({ instrumentVersion: "v", answers: { a: 1 } })).toEqual({ ok: true, answers: { a: 1 } });
    const twice = answersFromRequest({ instrumentVersion: "v", answers: { [PART_A_IDS.pool]: true }, inPool: false });
    expect(twice).toMatchObject({ ok: false, fields: { inPool: expect.stringContaining(PART_A_IDS.pool) } });
    expect(errorFieldName(PART_A_IDS.pool, { instrumentVersion: "v", answers: {}, inPool: false })).toBe("inPool");
    expect(errorFieldName(PART_A_IDS.pool, { instrumentVersion: "v", answers: {} })).toBe(PART_A_IDS.pool);
  });

  it("reports errors under the name the client used", () => {
    const request = { instrumentVersion: "v", answers: {}, participant: { consent: true, email: "nope" } };
    expect(errorFieldName(PART_A_IDS.email, request)).toBe("participant.email");
    expect(errorFieldName(PART_A_IDS.name, request)).toBe(PART_A_IDS.name);
    expect(errorFieldName("c.process.mapped-to-buyer", request)).toBe("c.process.mapped-to-buyer");
  });
});

describe("BenchmarkQuerySchema", () => {
  it("accepts option values of the profile questions, or nothing", () => {
    expect(BenchmarkQuerySchema.parse({})).toEqual({});
    expect(BenchmarkQuerySchema.parse({ industry: "software", companySize: "50-249", region: "europe", salesModel: "inside" })).toMatchObject({
      industry: "software",
    });
  });
  it.each([
    [{ industry: "mining-on-mars" }, "industry"],
    [{ region: "SOFTWARE" }, "region"],
    [{ colour: "blue" }, ""],
  ])("refuses %j naming %s", (query, path) => {
    const result = BenchmarkQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    expect(pathsOf(result)).toEqual([path]);
  });
});

describe("admin query schemas", () => {
  it("fill defaults and coerce the page", () => {
    expect(AdminResponsesQuerySchema.parse({ page: "3" })).toEqual({ page: 3, sort: "date", dir: "desc" });
    expect(AdminExportQuerySchema.parse({})).toEqual({ contact: "0", pool: "in" });
  });
  it.each([{ page: "0" }, { page: "x" }, { sort: "colour" }, { from: "yesterday" }, { limit: "5" }])("refuse %j", (query) => {
    expect(AdminResponsesQuerySchema.safeParse(query).success).toBe(false);
  });
});
