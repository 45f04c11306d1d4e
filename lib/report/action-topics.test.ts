import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HARD_NUMBERS } from "@/lib/scoring";
import { findQuestion, sectionsOfPart } from "@/lib/instrument";
import { ACTION_TOPICS, PREREQUISITES, actionTopicsTables, topicOf } from "./action-topics";

const scoredPartC = sectionsOfPart("C")
  .flatMap((section) => section.questions)
  .filter((question) => question.kind === "choice" && question.scoring.length > 0);

describe("action topics", () => {
  it("put every scored Part C question in exactly one topic, and nothing else", () => {
    const listed = ACTION_TOPICS.flatMap((topic) => topic.questions);
    expect([...listed].sort()).toEqual(scoredPartC.map((q) => q.id).sort());
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(ACTION_TOPICS.map((topic) => topic.id)).size).toBe(ACTION_TOPICS.length);
    expect(topicOf("c.retention.expand-accounts")).toBe(topicOf("c.velocity.major-accounts"));
    expect(() => topicOf("b.numbers.won-value")).toThrow(/No action topic/);
  });

  it("pair only real hard numbers", () => {
    for (const topic of ACTION_TOPICS) for (const metric of topic.paired ?? []) expect(HARD_NUMBERS).toContain(metric);
  });

  it("name prerequisites by real questions and answers", () => {
    for (const rule of PREREQUISITES) {
      const question = findQuestion(rule.question);
      expect(question?.kind).toBe("choice");
      const codes = question?.kind === "choice" ? question.options.map((option) => option.value) : [];
      for (const code of rule.when) expect(codes).toContain(code);
      for (const id of rule.covers) expect(findQuestion(id)?.scoring.length).toBeGreaterThan(0);
    }
  });
});

describe("docs/methodology.md", () => {
  const doc = readFileSync(path.resolve(import.meta.dirname, "../../docs/methodology.md"), "utf8");
  const block = (name: string) => new RegExp(`<!-- generated:${name} -->\\n([\\s\\S]*?)\\n<!-- /generated:${name} -->`).exec(doc)?.[1] ?? null;

  // On failure the expected value is the table to paste between the markers.
  it.each(Object.entries(actionTopicsTables()))("shows the %s table exactly as the data has it", (name, table) => {
    expect(block(name)).toBe(table);
  });
});
