// The "AnswerTally" aggregate read as one row per non-zero count, and the slow obvious count it must equal: every
// completed response's (in the benchmark pool) string answers to the instrument's choice questions, in options the instrument lists,
// counted per combination of the four peer keys ("" when missing), with ("*", "*") for the response itself.
import { choiceQuestions } from "@/lib/db/admin-stats";
import { db } from "@/lib/db/client";
import { joinsPool, type Answers } from "@/lib/instrument";

export type TallyCell = {
  questionId: string | null;
  option: string | null;
  industry: string;
  companySize: string;
  region: string;
  salesModel: string;
  count: number;
};

const cellKey = (cell: TallyCell) => JSON.stringify(cell);
const sorted = (cells: TallyCell[]) => [...cells].sort((a, b) => cellKey(a).localeCompare(cellKey(b)));

/**
 * The table's non-zero counts, each slot named by the database's layout (a slot beyond the layout comes out with
 * a null question, so it cannot hide), sorted.
 */
export async function answerTallyCells(): Promise<TallyCell[]> {
  return sorted(
    await db().$queryRaw<TallyCell[]>`
      SELECT l."questionId", l.option, t.industry, t."companySize", t.region, t."salesModel", u.n AS count
        FROM "AnswerTally" t CROSS JOIN LATERAL unnest(t.counts) WITH ORDINALITY AS u(n, slot)
        LEFT JOIN "answerTallyLayout"() l ON l.slot = u.slot
       WHERE u.n <> 0`,
  );
}

/** The same counts, brute force in JavaScript over every completed response in the benchmark pool (by its answers), sorted. */
export async function recountAnswerTallyCells(): Promise<TallyCell[]> {
  const options = new Map(choiceQuestions().map((question) => [question.id, new Set(question.options.map((option) => option.value))]));
  const responses = await db().response.findMany({ where: { status: "COMPLETED" } });
  const counts = new Map<string, number>();
  for (const response of responses) {
    if (!joinsPool(response.answers as Answers)) continue;
    const peers = [response.industry, response.companySize, response.region, response.salesModel].map((value) => value ?? "");
    const pairs: [string, string][] = [["*", "*"]];
    for (const [id, value] of Object.entries(response.answers as Answers)) {
      if (typeof value === "string" && options.get(id)?.has(value)) pairs.push([id, value]);
    }
    for (const pair of pairs) {
      const key = JSON.stringify([...pair, ...peers]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return sorted(
    [...counts].map(([key, count]) => {
      const [questionId, option, industry, companySize, region, salesModel] = JSON.parse(key) as string[];
      return { questionId: questionId!, option: option!, industry: industry!, companySize: companySize!, region: region!, salesModel: salesModel!, count };
    }),
  );
}

/** The database's own recount ("rebuildAnswerTally"), then the table as answerTallyCells reads it. */
export async function rebuiltAnswerTallyCells(): Promise<TallyCell[]> {
  await db().$executeRaw`SELECT "rebuildAnswerTally"()`;
  return answerTallyCells();
}
