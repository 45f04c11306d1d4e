import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  DraftAnswersSchema,
  ResponseAnswersSchema,
  responseAnswersSchema,
  sectionAnswersSchema,
} from "./answer-schemas";
import { buildAnswers, examplePipeline, sliceAnswers } from "@/tests/support/answer-fixtures";
import { findSection, instrument } from "./instrument";
import { PART_A_IDS } from "./part-a";
import { MAX_DEAL_COUNT, PART_B_IDS } from "./part-b";
import { PIPELINE_QUESTION_ID } from "./part-e";
import type { Answers } from "./question-schemas";

type Input = Record<string, unknown>;

function issuesOf(result: z.ZodSafeParseResult<unknown>) {
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

const best = buildAnswers("best");

describe("complete responses", () => {
  it.each(["best", "worst", "middle"] as const)("accepts the %s answers, with and without optional ones", (pick) => {
    expect(issuesOf(ResponseAnswersSchema.safeParse(buildAnswers(pick)))).toEqual([]);
    expect(issuesOf(ResponseAnswersSchema.safeParse(buildAnswers(pick, { includeOptional: false })))).toEqual([]);
  });

  it("returns the answers unchanged when they are already clean", () => {
    expect(ResponseAnswersSchema.parse(best)).toEqual(best);
  });

  it.each(instrument.sections.map((section) => [section.id, section] as const))(
    "accepts step %s on its own",
    (_, section) => {
      const step = sliceAnswers(best, section.questions.map((question) => question.id));
      expect(issuesOf(sectionAnswersSchema(section).safeParse(step))).toEqual([]);
    },
  );

  it("builds one schema per instrument and reuses it", () => {
    expect(responseAnswersSchema(instrument)).toBe(ResponseAnswersSchema);
  });
});

const pipeline = examplePipeline(["Lead", "Qualified", "Proposal", "Negotiation"]);
const stagesOf = (count: number) => examplePipeline(Array.from({ length: count }, (_, i) => `Stage ${i + 1}`));

/** [what is wrong, answers to merge over the best response, path of the expected issue, message pattern] */
const rejections: Array<[string, Input, (string | number)[], RegExp]> = [
  ["a choice given as a number", { [PART_A_IDS.role]: 3 }, [PART_A_IDS.role], /listed answers/],
  ["an unknown option code", { "c.process.mapped-to-buyer": "kind-of" }, ["c.process.mapped-to-buyer"], /listed/],
  ["an unknown question id", { "c.process.made-up": "agree" }, ["c.process.made-up"], /not part of the survey/],
  ["a missing required answer", { "c.velocity.qualification": undefined }, ["c.velocity.qualification"], /Choose an answer/],
  ["a blank required answer", { [PART_A_IDS.industry]: "  " }, [PART_A_IDS.industry], /Choose an answer/],
  ["a number sent as text", { [PART_B_IDS.wonCount]: "12" }, [PART_B_IDS.wonCount], /in digits/],
  ["a negative count", { [PART_B_IDS.lostCount]: -1 }, [PART_B_IDS.lostCount], /whole number of deals, 0 or more/],
  ["a fractional count", { [PART_B_IDS.openCount]: 2.5 }, [PART_B_IDS.openCount], /whole number of deals/],
  ["a count above the limit", { [PART_B_IDS.wonCount]: MAX_DEAL_COUNT + 1 }, [PART_B_IDS.wonCount], /at most/],
  ["an infinite value", { [PART_B_IDS.wonValue]: Infinity }, [PART_B_IDS.wonValue], /amount as a number/],
  ["a negative value", { [PART_B_IDS.lostValue]: -10 }, [PART_B_IDS.lostValue], /0 or more/],
  ["a percentage over 100", { [PART_B_IDS.sellersAtQuota]: 101 }, [PART_B_IDS.sellersAtQuota], /between 0 and 100/],
  ["a zero-day sales cycle", { [PART_B_IDS.cycleDays]: 0 }, [PART_B_IDS.cycleDays], /between 1 and 3,650/],
  ["oversized text", { [PART_A_IDS.name]: "x".repeat(101) }, [PART_A_IDS.name], /100 characters or fewer/],
  ["a malformed email", { [PART_A_IDS.email]: "alex at example" }, [PART_A_IDS.email], /email address/],
  ["consent given as text", { [PART_A_IDS.consent]: "yes" }, [PART_A_IDS.consent], /Tick the box/],
  ["contact details without consent", { [PART_A_IDS.consent]: false }, [PART_A_IDS.email], /consent box/],
  ["a value without its count", { [PART_B_IDS.lostCount]: undefined }, [PART_B_IDS.lostValue], /number of deals lost/],
  ["a value for zero deals", { [PART_B_IDS.openCount]: 0 }, [PART_B_IDS.openValue], /0 open deals/],
  ["a cycle without deals won", { [PART_B_IDS.wonCount]: 0, [PART_B_IDS.wonValue]: 0 }, [PART_B_IDS.cycleDays], /one deal won/],
  ["values without a currency", { [PART_B_IDS.currency]: undefined }, [PART_B_IDS.currency], /currency/],
  ["2 pipeline stages", { [PIPELINE_QUESTION_ID]: stagesOf(2) }, [PIPELINE_QUESTION_ID, "stages"], /between 3 and 12/],
  ["13 pipeline stages", { [PIPELINE_QUESTION_ID]: stagesOf(13) }, [PIPELINE_QUESTION_ID, "stages"], /between 3 and 12/],
  ["a pipeline without target", { [PIPELINE_QUESTION_ID]: { stages: pipeline.stages } }, [PIPELINE_QUESTION_ID, "target"], /target/],
  ["a zero target", { [PIPELINE_QUESTION_ID]: { ...pipeline, target: 0 } }, [PIPELINE_QUESTION_ID, "target"], /greater than 0/],
  [
    "a conversion over 100%",
    { [PIPELINE_QUESTION_ID]: { ...pipeline, stages: [{ ...pipeline.stages[0], conversionPct: 120 }, ...pipeline.stages.slice(1)] } },
    [PIPELINE_QUESTION_ID, "stages", 0, "conversionPct"],
    /between 0 and 100/,
  ],
  [
    "a stage without a count",
    { [PIPELINE_QUESTION_ID]: { ...pipeline, stages: [{ ...pipeline.stages[0], count: "" }, ...pipeline.stages.slice(1)] } },
    [PIPELINE_QUESTION_ID, "stages", 0, "count"],
    /number of deals in this stage/,
  ],
  [
    "two stages with the same name",
    { [PIPELINE_QUESTION_ID]: { ...pipeline, stages: [...pipeline.stages.slice(0, 3), { ...pipeline.stages[3], name: " lead " }] } },
    [PIPELINE_QUESTION_ID, "stages", 3, "name"],
    /already used/,
  ],
  ["a pipeline given as text", { [PIPELINE_QUESTION_ID]: "six stages" }, [PIPELINE_QUESTION_ID], /list of stages/],
];

describe("rejections", () => {
  it.each(rejections)("rejects %s, on the field that needs fixing", (_, change, path, message) => {
    const answers: Input = { ...best, [PIPELINE_QUESTION_ID]: pipeline, ...change };
    const issues = issuesOf(ResponseAnswersSchema.safeParse(answers));
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it("rejects anything that is not an answers object", () => {
    for (const input of [null, "answers", 42, [best]]) {
      expect(ResponseAnswersSchema.safeParse(input).success).toBe(false);
    }
  });

  it("reports one message per bad number, not several saying the same thing", () => {
    const issues = issuesOf(ResponseAnswersSchema.safeParse({ ...best, [PART_B_IDS.lostCount]: -1.5 }));
    expect(issues.filter((issue) => issue.path[0] === PART_B_IDS.lostCount)).toHaveLength(1);
  });

  it("reports every problem of a step at once, cross-field rules included", () => {
    const numbers = findSection("b.numbers")!;
    const result = sectionAnswersSchema(numbers).safeParse({ [PART_B_IDS.lostCount]: "x", [PART_B_IDS.wonValue]: 5 });
    const paths = issuesOf(result).map((issue) => issue.path[0]);
    expect(paths).toEqual(expect.arrayContaining([PART_B_IDS.lostCount, PART_B_IDS.wonValue, PART_B_IDS.currency]));
  });

  it("rejects a question from another step in a step", () => {
    const profile = findSection("a.profile")!;
    const step = { ...sliceAnswers(best, profile.questions.map((q) => q.id)), "c.social.prospecting": "agree" };
    expect(issuesOf(sectionAnswersSchema(profile).safeParse(step))).toEqual([
      { path: ["c.social.prospecting"], message: "This question is not part of this step of the survey" },
    ]);
  });
});

describe("blank and messy input from forms", () => {
  const numbers = findSection("b.numbers")!;
  const contact = findSection("a.contact")!;

  it("treats '', null and NaN in optional fields as unanswered, and drops them", () => {
    const result = sectionAnswersSchema(numbers).parse({
      [PART_B_IDS.wonCount]: "",
      [PART_B_IDS.lostCount]: null,
      [PART_B_IDS.openCount]: Number.NaN,
      [PART_B_IDS.newOpportunities]: 40,
    });
    expect(result).toEqual({ [PART_B_IDS.newOpportunities]: 40 });
  });

  it("trims text and checks the trimmed length", () => {
    const result = sectionAnswersSchema(contact).parse({
      [PART_A_IDS.consent]: true,
      [PART_A_IDS.name]: `  ${"a".repeat(100)}  `,
      [PART_A_IDS.email]: " alex@example.com ",
    });
    expect(result[PART_A_IDS.name]).toBe("a".repeat(100));
    expect(result[PART_A_IDS.email]).toBe("alex@example.com");
  });

  it("treats an untouched pipeline step as skipped", () => {
    const section = findSection("e.pipeline")!;
    expect(sectionAnswersSchema(section).parse({ [PIPELINE_QUESTION_ID]: { stages: [], target: "" } })).toEqual({});
  });

  it("accepts an empty contact step: every field there is optional", () => {
    expect(sectionAnswersSchema(contact).parse({ [PART_A_IDS.consent]: false })).toEqual({ [PART_A_IDS.consent]: false });
  });
});

describe("drafts", () => {
  it("accepts any subset of answers, however incomplete", () => {
    const partial: Answers = { [PART_A_IDS.role]: "seller", [PART_B_IDS.wonValue]: 1000 };
    expect(DraftAnswersSchema.parse(partial)).toEqual(partial);
    expect(DraftAnswersSchema.parse({})).toEqual({});
  });

  it("still rejects invalid values and unknown questions", () => {
    const result = DraftAnswersSchema.safeParse({ [PART_A_IDS.role]: "astronaut", "x.made.up": 1 });
    expect(issuesOf(result).map((issue) => issue.path[0])).toEqual([PART_A_IDS.role, "x.made.up"]);
  });
});
