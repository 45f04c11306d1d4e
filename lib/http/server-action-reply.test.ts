import { describe, expect, it } from "vitest";
import { MAX_ACTION_ARGS, MAX_REPLY_DEPTH, replyProblem } from "./server-action-reply";

describe("replyProblem", () => {
  it.each([
    ["[]"],
    ['[{"email":"a@b.example","password":"$$ecret"},"/admin/api-tokens"]'],
    ['[null,"$K1"]'],
    ['["$undefined","$NaN","$Infinity","$-Infinity","$-0","$D2026-01-01T00:00:00.000Z","$n123","$n-5"]'],
  ])("accepts what encodeReply sends for our forms: %s", (body) => {
    expect(replyProblem(body)).toBeNull();
  });

  it.each([
    ["{", "not valid JSON"],
    ["", "not valid JSON"],
    ['{"email":"x"}', "must be a list"],
    ['"text"', "must be a list"],
    ["1", "must be a list"],
    ['["$1"]', "Unsupported value"],
    ['["$@0"]', "Unsupported value"],
    ['[{"a":"$Q2"}]', "Unsupported value"],
    ['["$"]', "Unsupported value"],
    ['["$nabc"]', "Unsupported value"],
    [`["$n${"9".repeat(301)}"]`, "Unsupported value"],
  ])("refuses %s", (body, message) => {
    expect(replyProblem(body)).toContain(message);
  });

  it("refuses more arguments than Next allows", () => {
    expect(replyProblem(JSON.stringify(Array(MAX_ACTION_ARGS + 1).fill(0)))).toContain("at most");
    expect(replyProblem(JSON.stringify(Array(MAX_ACTION_ARGS).fill(0)))).toBeNull();
  });

  it("refuses nesting deeper than the limit, without overflowing the stack itself", () => {
    const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
    expect(replyProblem(nested(MAX_REPLY_DEPTH))).toBeNull();
    expect(replyProblem(nested(MAX_REPLY_DEPTH + 1))).toContain("nested");
    expect(replyProblem(`[${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}]`)).toContain("nested");
  });
});
