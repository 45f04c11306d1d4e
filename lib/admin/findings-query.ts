// The Findings page's URL: the peer filters (as on every dashboard) and the question to break down. Validated with
// zod; a bad value is reported to the admin in words, never a 500 and never silently ignored.
import { z } from "zod";
import type { AdminFilter } from "./dashboard-dimensions";
import { FINDING_QUESTION_IDS } from "./dashboard-findings";
import { parseStatsQuery } from "./stats-query";

const QuestionSchema = z.preprocess(
  (value) => {
    const one = Array.isArray(value) ? value[0] : value;
    return one === "" ? undefined : one;
  },
  z.enum(FINDING_QUESTION_IDS as [string, ...string[]], { error: "Unknown question: choose a Part C or D question from the list" }).optional(),
);

export interface FindingsQuery {
  filter: AdminFilter;
  /** Absent: the page picks one. */
  question: string | undefined;
}

export type ParsedFindingsQuery = { ok: true; query: FindingsQuery } | { ok: false; problems: string[] };

export function parseFindingsQuery(params: Record<string, string | string[] | undefined>): ParsedFindingsQuery {
  const stats = parseStatsQuery(params);
  const question = QuestionSchema.safeParse(params.question);
  const problems = [
    ...(stats.ok ? [] : stats.problems),
    ...(question.success ? [] : question.error.issues.map((issue) => `question: ${issue.message}`)),
  ];
  if (!stats.ok || !question.success) return { ok: false, problems };
  return { ok: true, query: { filter: stats.query.filter, question: question.data } };
}

/** The page's URL for a question under a filter. */
export function findingsHref(filter: AdminFilter, question?: string): string {
  const params = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
  if (question) params.set("question", question);
  const text = params.toString();
  return `/admin/findings${text ? `?${text}` : ""}`;
}
