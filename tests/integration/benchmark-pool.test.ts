// Responses kept out of the benchmark pool (docs/decisions/026-benchmark-pool.md), brute force. A random population,
// a quarter of it out of the pool, stored by every writer (the bulk loader with its triggers on and off, the API, the
// browser's submit): every aggregate equals the same counted over the responses in the pool only, read from their
// answers; responses added outside the pool change no aggregate, while their reports still compare them with the pool;
// a response leaving the pool and coming back, or one outside it erased, leaves the aggregates right.
import { beforeAll, describe, expect, it } from "vitest";
import { PART_A_IDS, joinsPool, type Answers } from "@/lib/instrument";
import { PEER_METRICS } from "@/lib/scoring";
import { INDEX_COLUMN } from "@/lib/db/score-columns";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { bruteForcePeers, compareAggregateWithScores, readCompletedScores } from "@/tests/support/peer-population";
import { answerTallyCells, recountAnswerTallyCells } from "@/tests/support/answer-tallies";
import { oracleQuestionFindings } from "@/tests/support/findings-oracle";
import { percentileCont } from "@/tests/support/admin-population";
import { BENCHMARK_GROUPS, everyAggregate, load, poolPopulation, submitThroughApi, submitThroughBrowser } from "@/tests/support/pool-aggregates";
import { db } from "@/lib/db/client";
import { deleteResponse } from "@/lib/db/admin-responses";
import { FINDING_QUESTION_IDS } from "@/lib/db/finding-layout";
import { readBenchmarkFigures } from "@/lib/db/public-benchmarks";
import { overviewStats, questionFindings } from "@/lib/db/admin-stats";
import { peerSnapshot } from "@/lib/responses/peer-comparison";
import { ReportDocumentSchema } from "@/lib/report/document";

// Read by serverEnv() on its first use, after these lines.
process.env.PEER_GROUP_MIN_SIZE = "8";
process.env.ANONYMITY_THRESHOLD = "5";

withMigratedDatabase();

const OVERVIEW_NOW = new Date("2026-11-20T00:00:00Z");

beforeAll(async () => {
  const population = poolPopulation(26, 240, 0.25);
  await load(population.slice(0, 100), "triggers");
  await load(population.slice(100, 200), "counted");
  for (const [i, response] of population.slice(200).entries()) {
    if (i % 2) await submitThroughApi(response.answers, i % 4 !== 1);
    else await submitThroughBrowser(response.answers, i % 4 !== 0);
  }
}, 300_000);

/** Completed responses and their choice as their answers say it, and the columns the triggers keep. */
async function stored() {
  return db().$queryRaw<{ id: string; answers: Answers; inPool: boolean; scoreInPool: boolean | null }[]>`
    SELECT r.id::text, r.answers, r."inPool", s."inPool" AS "scoreInPool"
      FROM "Response" r LEFT JOIN "Score" s ON s."responseId" = r.id WHERE r.status = 'COMPLETED'`;
}

async function expectCountedOverPoolOnly() {
  const rows = await stored();
  const inPool = rows.filter((row) => joinsPool(row.answers));
  // The columns follow the answers (the "Response_pool_choice" and "Score_peer_keys" triggers, the loader).
  for (const row of rows) expect([row.inPool, row.scoreInPool], row.id).toEqual([joinsPool(row.answers), joinsPool(row.answers)]);

  const histograms = await compareAggregateWithScores();
  expect(histograms.stored).toEqual(histograms.expected);
  expect(await answerTallyCells()).toEqual(await recountAnswerTallyCells());
  for (const questionId of FINDING_QUESTION_IDS.slice(0, 4)) {
    for (const filter of [{}, { industry: "software" }, { region: "europe", salesModel: "field", companySize: "50-249" }]) {
      expect(await questionFindings(questionId, filter), questionId).toEqual(await oracleQuestionFindings(questionId, filter, 5));
    }
  }

  // Public benchmarks: n and the quartiles of every index over the group's scores in the pool.
  const scores = await db().score.findMany({ where: { responseId: { in: inPool.map((row) => row.id) } } });
  for (const group of BENCHMARK_GROUPS) {
    const members = scores.filter((score) => Object.entries(group).every(([key, value]) => score[key as keyof typeof group] === value));
    const figures = await readBenchmarkFigures(group);
    expect(figures.n, JSON.stringify(group)).toBe(members.length);
    for (const metric of PEER_METRICS) {
      const values = members.flatMap((score) => (score[INDEX_COLUMN[metric]] === null ? [] : [score[INDEX_COLUMN[metric]]!]));
      expect(figures.metrics[metric].n).toBe(values.length);
      figures.metrics[metric].quantiles.forEach((q, i) => expect(q).toBeCloseTo(percentileCont(values, [0.25, 0.5, 0.75][i]!)!, 9));
    }
  }

  // Every response's peer snapshot, in the pool or out of it: its peers are the others in the pool.
  const population = await readCompletedScores();
  for (const me of population) {
    const snapshot = (await peerSnapshot(me.id))!;
    const { group, overall, personal, medians, topQuartiles, sectionMedians, hardNumbers } = snapshot;
    expect({ level: group.level, size: group.size, overall, personal, medians, topQuartiles, sectionMedians, hardNumbers }, me.id).toEqual(
      bruteForcePeers(population, me, 8, 5),
    );
  }

  // The overview counts surveys taken: every completed response, and how many are out of the pool.
  const overview = await overviewStats({}, OVERVIEW_NOW);
  expect([overview.completed, overview.outOfPool]).toEqual([rows.length, rows.length - inPool.length]);
  return { rows, inPool };
}

describe("responses outside the benchmark pool", () => {
  it("are stored by every writer with their choice, and every aggregate counts only the others", async () => {
    const { rows, inPool } = await expectCountedOverPoolOnly();
    expect(rows).toHaveLength(240);
    expect(rows.length - inPool.length).toBeGreaterThan(40);
    expect(rows.filter((row) => row.answers[PART_A_IDS.pool] === undefined).length).toBeGreaterThan(40);
  }, 300_000);

  it("change no aggregate when added, by any writer, while their reports compare them with the pool", async () => {
    const peerIds = (await stored()).slice(0, 12).map((row) => row.id);
    const before = await everyAggregate(peerIds);
    const overviewBefore = await overviewStats({}, OVERVIEW_NOW);
    // The busiest group's profile, so that counting them would change its figures.
    const extra = poolPopulation(27, 10, 1).map((response) => ({
      ...response,
      answers: { ...response.answers, [PART_A_IDS.industry]: "software", [PART_A_IDS.companySize]: "250-999", [PART_A_IDS.region]: "europe" },
    }));
    await load(extra.slice(0, 3), "triggers");
    await load(extra.slice(3, 6), "counted");
    const withReports = [
      await submitThroughApi(extra[6]!.answers, false),
      await submitThroughApi(extra[7]!.answers, false),
      await submitThroughBrowser(extra[8]!.answers, false),
      await submitThroughBrowser(extra[9]!.answers, false),
    ];
    expect(await everyAggregate(peerIds)).toEqual(before);
    const overviewAfter = await overviewStats({}, OVERVIEW_NOW);
    expect([overviewAfter.completed, overviewAfter.outOfPool]).toEqual([overviewBefore.completed + 10, overviewBefore.outOfPool + 10]);

    for (const id of withReports) {
      const report = await db().report.findUniqueOrThrow({ where: { responseId: id }, select: { document: true } });
      const document = ReportDocumentSchema.parse(report.document);
      const snapshot = (await peerSnapshot(id))!;
      expect(snapshot.group.size).toBeGreaterThanOrEqual(8);
      // Stored before anything else changed: the report's comparison is the one the pool gives now.
      expect(document.peerGroup).toEqual({ label: snapshot.group.label, size: snapshot.group.size, meetsMinimum: snapshot.group.meetsMinimum });
      expect(document.summary.overall.relative).toEqual(snapshot.overall);
      expect(document.executive.indices.length).toBeGreaterThan(0);
    }
    await expectCountedOverPoolOnly();
  }, 300_000);

  it("stay right when a response leaves the pool and comes back, and when one outside it is erased", async () => {
    const rows = await stored();
    const peerIds = rows.slice(0, 12).map((row) => row.id);
    const before = await everyAggregate(peerIds);
    const member = rows.find((row) => joinsPool(row.answers) && row.answers[PART_A_IDS.industry] === "software")!;
    const setChoice = (inPool: boolean) =>
      db().$executeRaw`UPDATE "Response" SET answers = answers || ${JSON.stringify({ [PART_A_IDS.pool]: inPool })}::jsonb WHERE id = ${member.id}::uuid`;
    await setChoice(false);
    await expectCountedOverPoolOnly();
    await setChoice(true);
    expect(await everyAggregate(peerIds)).toEqual(before);

    const outsider = rows.find((row) => !joinsPool(row.answers) && !peerIds.includes(row.id))!;
    expect(await deleteResponse(outsider.id)).toBe(true);
    expect(await everyAggregate(peerIds)).toEqual(before);
  }, 300_000);
});
