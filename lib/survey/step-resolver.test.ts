import { describe, expect, it } from "vitest";
import { findSection, PART_B_IDS } from "@/lib/instrument";
import { toFieldName } from "./field-names";
import { stepResolver } from "./step-resolver";

const numbers = findSection("b.numbers")!;
const profile = findSection("a.profile")!;
const options = { fields: {}, shouldUseNativeValidation: false } as never;

describe("stepResolver", () => {
  it("puts a required-answer error beside the question's field", async () => {
    const result = await stepResolver(profile)({}, undefined, options);
    const field = toFieldName("a.profile.industry");
    expect(result.errors[field]?.message).toBeTruthy();
  });

  it("maps a cross-field rule's error to the value field", async () => {
    const values = { [toFieldName(PART_B_IDS.wonValue)]: 5000, [toFieldName(PART_B_IDS.currency)]: "usd" };
    const result = await stepResolver(numbers)(values, undefined, options);
    expect(result.errors[toFieldName(PART_B_IDS.wonValue)]?.message).toMatch(/deals won|count/i);
  });

  it("returns the parsed answers keyed by question id, blanks removed", async () => {
    const values = { [toFieldName(PART_B_IDS.wonCount)]: 3, [toFieldName(PART_B_IDS.lostCount)]: Number.NaN };
    const result = await stepResolver(numbers)(values, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ [PART_B_IDS.wonCount]: 3 });
  });
});
