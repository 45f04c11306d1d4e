// The repeat-participant cohort equals a brute force over the raw rows: participants grouped by
// coalesce(participantId, id), two or more completed and scored responses, first and latest by completion time, the
// latest's peer keys for the filter, each index's change where both responses have it, and the threshold per index —
// with first responses that carry their own id or none, three-response chains, a retake still a draft, and after an
// erasure of a first response.
import { beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { expectClose } from "@/tests/support/expect-close";
import { percentileCont } from "@/tests/support/admin-population";
import { PART_A_IDS, instrument, type Answers } from "@/lib/instrument";
import { INDEX_METRICS } from "@/lib/admin/dashboard-metrics";
import { DIMENSIONS, type AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { demoResponses } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { responseColumns } from "@/lib/responses/response-columns";
import { scoreRow } from "@/lib/responses/score-row";
import { suppressGroups } from "@/lib/scoring";
import { db } from "../client";
import { INDEX_COLUMN } from "../score-columns";
import { deleteResponse } from "../admin-responses";
import { repeatCohort, type RepeatCohort } from "./index";

withMigratedDatabase();

const THRESHOLD = 5;
const FILTERS: AdminFilter[] = [{}, { region: "europe" }, { industry: "software", region: "europe" }];
const pool = demoResponses(seededRandom(99), 120, new Date("2026-11-01T00:00:00Z"));
let drawn = 0;

/** Stores a response (completed with its score, or a draft) and returns its id. */
async function store(day: number, link: { participantId?: string | null; previousResponseId?: string | null }, profile: Answers, draft = false) {
  const answers = { ...pool[drawn++ % pool.length]!.answers, ...profile };
  const columns = responseColumns(answers);
  const completedAt = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000);
  const { id } = await db().response.create({
    data: draft
      ? { instrumentVersion: instrument.version, answers, ...link }
      : { instrumentVersion: instrument.version, answers, status: "COMPLETED", completedAt, startedAt: completedAt, ...columns, ...link },
    select: { id: true },
  });
  if (!draft) await db().score.create({ data: { responseId: id, ...scoreRow(answers, columns).columns } });
  return id;
}

/** A participant's chain of responses on the given days; the first carries its own id, or none (`ownId` false). */
async function chain(days: number[], profiles: Answers[], ownId = true, draftLast = false) {
  const first = await store(days[0]!, {}, profiles[0]!);
  if (ownId && days.length > 1) await db().response.update({ where: { id: first }, data: { participantId: first } });
  let previous = first;
  for (const [i, day] of days.slice(1).entries()) {
    const last = i === days.length - 2;
    previous = await store(day, { participantId: first, previousResponseId: previous }, profiles[Math.min(i + 1, profiles.length - 1)]!, draftLast && last);
  }
  return first;
}

const europe = { [PART_A_IDS.region]: "europe", [PART_A_IDS.industry]: "software" };
const asia = { [PART_A_IDS.region]: "asia-pacific", [PART_A_IDS.industry]: "manufacturing" };
let erasable = "";

beforeAll(async () => {
  for (let i = 0; i < 7; i++) await chain([i, 200 + i], [europe]);
  for (let i = 0; i < 3; i++) await chain([10 + i, 300 + i], [asia], false);
  await chain([20, 120, 400], [asia, asia, europe]);
  await chain([21, 121, 401], [europe, europe, asia]);
  await chain([22, 222], [europe], true, true);
  erasable = await chain([23, 123, 323], [europe]);
  for (let i = 0; i < 30; i++) await store(i * 10, {}, i % 2 ? europe : asia);
}, 120_000);

async function bruteForce(filter: AdminFilter): Promise<RepeatCohort> {
  const rows = await db().response.findMany({
    where: { status: "COMPLETED", score: { isNot: null } },
    select: { id: true, participantId: true, completedAt: true, industry: true, companySize: true, region: true, salesModel: true, score: true },
  });
  const byParticipant = new Map<string, typeof rows>();
  for (const row of rows) byParticipant.set(row.participantId ?? row.id, [...(byParticipant.get(row.participantId ?? row.id) ?? []), row]);
  const order = (a: (typeof rows)[number], b: (typeof rows)[number]) => a.completedAt!.getTime() - b.completedAt!.getTime() || a.id.localeCompare(b.id);
  const pairs = [...byParticipant.values()]
    .filter((members) => members.length >= 2)
    .map((members) => [...members].sort(order))
    .filter((sorted) => DIMENSIONS.every((d) => filter[d] === undefined || sorted.at(-1)![d] === filter[d]));
  const value = (row: (typeof rows)[number], metric: (typeof INDEX_METRICS)[number]) => row.score![INDEX_COLUMN[metric]] as number | null;
  const perIndex = INDEX_METRICS.map((metric) =>
    pairs.flatMap((sorted) => {
      const [first, latest] = [value(sorted[0]!, metric), value(sorted.at(-1)!, metric)];
      return first === null || latest === null ? [] : [{ first, latest }];
    }),
  );
  const decisions = suppressGroups(perIndex.map((list) => list.length), THRESHOLD, { totalShown: false });
  return {
    threshold: THRESHOLD,
    participants: pairs.length,
    responses: pairs.reduce((sum, sorted) => sum + sorted.length, 0),
    indices: INDEX_METRICS.map((metric, i) => {
      const list = perIndex[i]!;
      if (decisions[i]) return { metric, n: null, first: null, latest: null, change: null, changeP25: null, changeP75: null, suppressed: decisions[i]! };
      const changes = list.map((pair) => pair.latest - pair.first);
      return {
        metric,
        n: list.length,
        first: percentileCont(list.map((pair) => pair.first), 0.5),
        latest: percentileCont(list.map((pair) => pair.latest), 0.5),
        change: percentileCont(changes, 0.5),
        changeP25: percentileCont(changes, 0.25),
        changeP75: percentileCont(changes, 0.75),
        suppressed: null,
      };
    }),
  };
}

describe("repeatCohort", () => {
  it("counts participants with two or more completed responses and their median change per index", async () => {
    const all = await repeatCohort({});
    // 7 + 3 + 2 chains + the one to erase; the chain whose retake is a draft has one completed response.
    expect(all.participants).toBe(13);
    expect(all.responses).toBe(7 * 2 + 3 * 2 + 3 + 3 + 3);
    for (const filter of FILTERS) expectClose(await repeatCohort(filter), await bruteForce(filter), JSON.stringify(filter));
  });

  it("hides an index with fewer participants than the threshold", async () => {
    const few = await repeatCohort({ region: "asia-pacific" });
    expect(few.participants).toBe(4);
    expect(few.indices.every((index) => index.suppressed === "below-threshold" && index.n === null && index.change === null)).toBe(true);
  });

  it("keeps a participant whose first response was erased, by the id the rest still share", async () => {
    expect(await deleteResponse(erasable)).toBe(true);
    const after = await repeatCohort({});
    expect(after.participants).toBe(13);
    expect(after.responses).toBe(7 * 2 + 3 * 2 + 3 + 3 + 2);
    for (const filter of FILTERS) expectClose(await repeatCohort(filter), await bruteForce(filter), JSON.stringify(filter));
  });
});
