import { toNestErrors } from "@hookform/resolvers";
import type { FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { PIPELINE_QUESTION_ID } from "@/lib/instrument";
import { toFieldName } from "./field-names";
import { issuesToFieldErrors, nestFieldErrors, type FlatFieldErrors } from "./step-errors";

describe("issuesToFieldErrors", () => {
  it("keeps nested paths for pipeline rows and the first message per field", () => {
    const errors = issuesToFieldErrors([
      { path: [PIPELINE_QUESTION_ID, "stages", 2, "count"], message: "Enter a count" },
      { path: [PIPELINE_QUESTION_ID, "stages", 2, "count"], message: "second" },
    ]);
    expect(errors).toEqual({ [`${toFieldName(PIPELINE_QUESTION_ID)}.stages.2.count`]: "Enter a count" });
  });
});

describe("nestFieldErrors", () => {
  const pipeline = toFieldName(PIPELINE_QUESTION_ID);
  const input = (name: string) => ({ name, focus: () => undefined }) as unknown as HTMLInputElement;
  const rowNames = [0, 1].flatMap((row) => ["name", "count"].map((key) => `${pipeline}.stages.${row}.${key}`));
  const fields: Record<string, unknown> = {};
  for (const name of [...rowNames, `${pipeline}.target`, "b__numbers__won-count"]) {
    const parts = name.split(".");
    let node = fields as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1)!] = { name, ref: input(name) };
  }
  const cases: [string, FlatFieldErrors, string[] | undefined][] = [
    ["a plain field", { "b__numbers__won-count": "Enter a count" }, ["b__numbers__won-count"]],
    ["pipeline rows and the list's own message", {
      [`${pipeline}.stages.1.count`]: "Enter a count",
      [`${pipeline}.stages`]: "Enter 3 to 12 stages",
      [`${pipeline}.target`]: "Enter a target",
    }, [...rowNames, `${pipeline}.target`]],
    ["the list's message with no rows registered", { [`${pipeline}.stages`]: "Enter 3 to 12 stages" }, [`${pipeline}.target`]],
    ["no names given", { [`${pipeline}.stages.0.name`]: "Name the stage", [pipeline]: "Add stages or clear the target" }, undefined],
  ];

  it.each(cases)("nests %s as @hookform/resolvers' toNestErrors does", (_label, flat, names) => {
    const options = { fields, names, shouldUseNativeValidation: false } as never;
    const flatErrors: FieldErrors = {};
    for (const [path, message] of Object.entries(flat)) flatErrors[path] = { type: "validate", message };
    expect(nestFieldErrors(flat, options)).toEqual(toNestErrors(flatErrors, options));
  });

  it("puts a list's own message under root when its rows are fields", () => {
    const flat = { [`${pipeline}.stages`]: "Enter 3 to 12 stages", [`${pipeline}.stages.0.name`]: "Name the stage" };
    const errors = nestFieldErrors(flat, { fields, names: rowNames, shouldUseNativeValidation: false } as never);
    const stages = (errors[pipeline] as unknown as { stages: { root: { message: string }; 0: { name: { message: string } } } }).stages;
    expect(stages.root.message).toBe("Enter 3 to 12 stages");
    expect(stages[0].name.message).toBe("Name the stage");
  });
});
