import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

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

describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(structuredClone(document) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("lists every route handler under /api/v1, and nothing else", async () => {
    const documented = Object.entries(document.paths ?? {})
      .flatMap(([route, item]) => Object.keys(item ?? {}).map((method) => `${method.toUpperCase()} ${route}`))
      .sort();
    expect(documented).toEqual(await routesOnDisk());
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
    for (const item of Object.values(document.paths ?? {})) {
      for (const operation of Object.values(item ?? {})) {
        const { operationId, responses } = operation as { operationId?: string; responses: Record<string, { content?: object }> };
        expect(operationId).toBeTruthy();
        for (const [status, response] of Object.entries(responses)) {
          if (status.startsWith("4")) expect(JSON.stringify(response.content)).toContain("#/components/schemas/Error");
        }
      }
    }
  });
});
