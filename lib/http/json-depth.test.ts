import { describe, expect, it } from "vitest";
import { normaliseAnswers } from "@/lib/instrument/blank";
import { readJsonBody } from "./json";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./json-depth";

/** `{"a":{"a":…}}` nested `levels` deep, built as text (no recursion anywhere). */
const nestedText = (levels: number, open = '{"a":', close = "}") => `${open.repeat(levels)}1${close.repeat(levels)}`;
const post = (body: string) => new Request("http://test/api", { method: "POST", body, headers: { "content-type": "application/json" } });

describe("JSON nesting bound", () => {
  it("counts objects and arrays as levels, not scalars", () => {
    expect(nestsDeeperThan(1, 0)).toBe(false);
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan({ a: [1] }, 1)).toBe(true);
    expect(nestsDeeperThan({ a: [1] }, 2)).toBe(false);
    expect(nestsDeeperThan(JSON.parse(nestedText(MAX_JSON_DEPTH)), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(JSON.parse(nestedText(MAX_JSON_DEPTH + 1)), MAX_JSON_DEPTH)).toBe(true);
  });

  it("lets the deepest honest body through: a pipeline stage inside a submission", async () => {
    const body = { instrumentVersion: "x", answers: { "e.pipeline.snapshot": { target: 1, stages: [{ name: "Demo", count: 2, value: 3 }] } } };
    expect(await readJsonBody(post(JSON.stringify(body)), 64 * 1024)).toEqual({ ok: true, body });
  });

  it("refuses a small body nested 5,000 levels deep with a 400 instead of running out of stack", async () => {
    for (const text of [nestedText(5000), nestedText(5000, "[", "]")]) {
      expect(text.length).toBeLessThan(64 * 1024); // under the size cap: only the nesting refuses it
      const read = await readJsonBody(post(text), 64 * 1024);
      expect(read).toMatchObject({ ok: false, status: 400, message: expect.stringContaining("nests deeper") });
    }
  });

  it("leaves the pure core safe on its own: normalising a 5,000-level answer does not throw", () => {
    const deep = JSON.parse(nestedText(5000)) as unknown;
    expect(() => normaliseAnswers({ "c.process.importance": deep }, new Set())).not.toThrow();
  });
});
