import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { z } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { ResponseAnswersSchema } from "@/lib/instrument";
import { AdminExportQuerySchema, AdminResponsesQuerySchema } from "./admin-schemas";
import { BenchmarkQuerySchema } from "./benchmark-schemas";
import { openApiDocument, publishedOpenApiDocument, type OpenApiDocument } from "./openapi";
import { buildApiExamples } from "./openapi-examples";
import { SubmitResponseRequestSchema } from "./schemas";
import { answersFromRequest } from "./submission";

const API_DIR = path.join(import.meta.dirname, "../../app/api/v1");

/** Every route handler under app/api/v1 as "METHOD /api/v1/path/{param}". */
async function routesOnDisk(): Promise<string[]> {
  const files = readdirSync(API_DIR, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith("route.ts"));
  const routes: string[] = [];
  for (const file of files) {
    const route = `/api/v1/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}");
    const handlers = await import(path.join(API_DIR, file));
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) if (method in handlers) routes.push(`${method} ${route}`);
  }
  return routes.sort();
}

type Schema = Record<string, unknown>;
type Media = { schema?: Schema; example?: unknown; examples?: Record<string, { summary?: string; value: unknown }> };
type Operation = {
  operationId: string;
  parameters?: { name: string; in: string; schema: Schema; example?: unknown }[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media>; headers?: Record<string, { schema: Schema }> }>;
};

/** Every operation of the document, keyed "METHOD /path". */
function operationsOf(document: OpenApiDocument): [string, Operation][] {
  return Object.entries(document.paths ?? {}).flatMap(([route, item]) =>
    Object.entries(item ?? {}).map(([method, operation]) => [`${method.toUpperCase()} ${route}`, operation as unknown as Operation] as [string, Operation]),
  );
}

/** What each example of the document is checked against: its place, its value and the schema that describes it. */
function examplesOf(document: OpenApiDocument) {
  const found: { where: string; value: unknown; schema: Schema }[] = [];
  const missing: string[] = [];
  const media = (where: string, content: Record<string, Media>) => {
    for (const [type, { schema, examples }] of Object.entries(content)) {
      if (!examples || Object.keys(examples).length === 0) missing.push(`${where} ${type}`);
      for (const [name, { value }] of Object.entries(examples ?? {})) found.push({ where: `${where} ${type} "${name}"`, value, schema: schema ?? {} });
    }
  };
  for (const [key, operation] of operationsOf(document)) {
    for (const parameter of operation.parameters ?? []) {
      const where = `${key} parameter ${parameter.name}`;
      if (parameter.example === undefined) missing.push(where);
      else found.push({ where, value: parameter.example, schema: parameter.schema });
    }
    if (operation.requestBody) media(`${key} request body`, operation.requestBody.content);
    for (const [status, response] of Object.entries(operation.responses)) {
      if (response.content) media(`${key} ${status}`, response.content);
      for (const [name, header] of Object.entries(response.headers ?? {})) {
        const where = `${key} ${status} header ${name}`;
        if (header.schema.example === undefined) missing.push(where);
        else found.push({ where, value: header.schema.example, schema: header.schema });
      }
    }
  }
  return { found, missing };
}

/**
 * The example checked against the document's JSON Schema (zod's reading of it, fromJSONSchema), the document's
 * components given as $defs, where fromJSONSchema resolves references.
 */
function schemaErrors(document: OpenApiDocument, schema: Schema, value: unknown): string[] {
  const root = JSON.parse(JSON.stringify({ ...schema, $defs: document.components?.schemas ?? {} }).replaceAll('"#/components/schemas/', '"#/$defs/'));
  const result = z.fromJSONSchema(root, { registry: z.registry() }).safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("the OpenAPI document", () => {
  let document: OpenApiDocument;
  beforeAll(async () => {
    document = await publishedOpenApiDocument();
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(structuredClone(document) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("lists every route handler under /api/v1, and nothing else", async () => {
    expect(operationsOf(document).map(([key]) => key).sort()).toEqual(await routesOnDisk());
  });

  it("resolves every $ref to a component", () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const name = ref.slice(ref.lastIndexOf("/") + 1, -1);
      expect(document.components?.schemas, ref).toHaveProperty(name);
    }
  });

  it("gives every operation an id and an error schema for every 4xx", () => {
    for (const [, { operationId, responses }] of operationsOf(document)) {
      expect(operationId).toBeTruthy();
      for (const [status, response] of Object.entries(responses)) {
        if (status.startsWith("4")) expect(JSON.stringify(response.content)).toContain("#/components/schemas/Error");
      }
    }
  });
});

describe("the OpenAPI document's examples", () => {
  let document: OpenApiDocument;
  beforeAll(async () => {
    document = await publishedOpenApiDocument();
  });

  it("cover every parameter, request body, response body and response header of every operation", () => {
    const { found, missing } = examplesOf(document);
    expect(missing).toEqual([]);
    // Every operation's responses, each with at least one example, and the bodies of all of them.
    expect(found.length).toBeGreaterThan(50);
  });

  it("are each valid against the schema the document gives them", () => {
    const invalid = examplesOf(document).found.flatMap(({ where, value, schema }) => schemaErrors(document, schema, value).map((error) => `${where}: ${error}`));
    expect(invalid).toEqual([]);
  });

  it("would be caught if one broke its schema", () => {
    const submit = operationsOf(document).find(([, operation]) => operation.operationId === "submitResponse")![1];
    const stored = submit.responses["201"]!.content!["application/json"]!;
    const value = structuredClone(stored.examples!.stored!.value) as { scores: { overall: unknown } } & Record<string, unknown>;
    expect(schemaErrors(document, stored.schema!, value)).toEqual([]);
    expect(schemaErrors(document, stored.schema!, { ...value, scores: { ...value.scores, overall: 101 } })).not.toEqual([]);
    expect(schemaErrors(document, stored.schema!, { ...value, reportUrl: "/r/abc" })).not.toEqual([]);
    expect(schemaErrors(document, stored.schema!, { ...value, extra: true })).not.toEqual([]);
    const error = submit.responses["422"]!.content!["application/json"]!;
    expect(schemaErrors(document, error.schema!, { error: { message: "No fields" } })).not.toEqual([]);
  });

  it("send requests the routes accept", () => {
    const operations = new Map(operationsOf(document).map(([, operation]) => [operation.operationId, operation]));
    const params = (operationId: string) => Object.fromEntries(operations.get(operationId)!.parameters!.map(({ name, example }) => [name, String(example)]));
    for (const { value } of Object.values(operations.get("submitResponse")!.requestBody!.content["application/json"]!.examples!)) {
      const request = SubmitResponseRequestSchema.parse(value);
      const merged = answersFromRequest(request);
      expect(merged.ok && ResponseAnswersSchema.safeParse(merged.answers).error).toBe(undefined);
    }
    // Query strings as the routes read them: every value a string.
    expect(BenchmarkQuerySchema.safeParse(params("getBenchmarks")).error).toBe(undefined);
    expect(AdminResponsesQuerySchema.safeParse(params("listResponses")).error).toBe(undefined);
    expect(AdminExportQuerySchema.safeParse(params("exportResponses")).error).toBe(undefined);
  });

  it("tell one story: the report read is the one submitted, and the benchmarks show a group and suppress one", () => {
    const operations = new Map(operationsOf(document).map(([, operation]) => [operation.operationId, operation]));
    const result = operations.get("submitResponse")!.responses["201"]!.content!["application/json"]!.examples!.stored!.value as {
      reportToken: string;
      reportUrl: string;
      scores: { overall: number; peerGroup: { size: number } | null };
    };
    const report = operations.get("getReport")!;
    expect(report.parameters!.find((parameter) => parameter.name === "token")!.example).toBe(result.reportToken);
    expect(result.reportUrl.endsWith(`/r/${result.reportToken}`)).toBe(true);
    const document_ = report.responses["200"]!.content!["application/json"]!.examples!.sample!.value as { summary: { overall: { score: number } } };
    expect(document_.summary.overall.score).toBe(result.scores.overall);
    expect(result.scores.peerGroup?.size).toBeGreaterThan(0);
    const benchmarks = operations.get("getBenchmarks")!.responses["200"]!.content!["application/json"]!.examples!;
    expect((benchmarks.shown!.value as { suppressed: boolean }).suppressed).toBe(false);
    expect((benchmarks.suppressed!.value as { suppressed: boolean }).suppressed).toBe(true);
  });

  it("are the same on every build", async () => {
    expect(JSON.stringify(openApiDocument(await buildApiExamples()))).toBe(JSON.stringify(document));
  });
});
