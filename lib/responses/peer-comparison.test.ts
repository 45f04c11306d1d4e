// Peer groups, relative performance, the index and section medians and the hard numbers read from the aggregate
// agree, response by response, with filtering and counting the stored population directly; drafts never count.
import { beforeAll, describe, expect, it } from "vitest";
import { PART_A_IDS, instrument } from "@/lib/instrument";
import { HARD_NUMBERS, HARD_NUMBER_BINS, PeerSnapshotSchema, peerGroupLabel } from "@/lib/scoring";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { bruteForcePeers, percentileCont, readCompletedScores, seedPeerPopulation, type StoredScore } from "@/tests/support/peer-population";
import { db } from "@/lib/db/client";
import { rescoreBatch } from "@/lib/db/scores";
import { peerSnapshot } from "./peer-comparison";
import { scoreNow } from "./rescore";

// Read by serverEnv() on its first use, which comes after this line in this file's own module graph.
process.env.PEER_GROUP_MIN_SIZE = "12";
process.env.ANONYMITY_THRESHOLD = "6";

withMigratedDatabase();

let population: StoredScore[];

beforeAll(async () => {
  await seedPeerPopulation();
  // Drafts in the busiest group: if they counted, that group's sizes and figures would be off.
  await db().response.createMany({
    data: Array.from({ length: 25 }, () => ({
      instrumentVersion: instrument.version,
      answers: { [PART_A_IDS.industry]: "software", [PART_A_IDS.companySize]: "250-999" },
      industry: "software",
      companySize: "250-999",
    })),
  });
  population = await readCompletedScores();
});

const expectMatchesBruteForce = async (minPeers: number | undefined, effectiveK: number) => {
  const levels = new Set<string>();
  for (const me of population) {
    const snapshot = await peerSnapshot(me.id, minPeers === undefined ? {} : { minPeers });
    const expected = bruteForcePeers(population, me, effectiveK, 6);
    expect(snapshot, me.id).not.toBeNull();
    expect({
      level: snapshot!.group.level,
      size: snapshot!.group.size,
      overall: snapshot!.overall,
      personal: snapshot!.personal,
      medians: snapshot!.medians,
      topQuartiles: snapshot!.topQuartiles,
      sectionMedians: snapshot!.sectionMedians,
      hardNumbers: snapshot!.hardNumbers,
    }).toEqual(expected);
    expect(snapshot!.group.label).toBe(peerGroupLabel(snapshot!.group, instrument));
    expect(snapshot!.minPeers).toBe(effectiveK);
    levels.add(snapshot!.group.level);
  }
  return levels;
};

describe("peer snapshot", () => {
  it("has a population that exercises every fallback and missing scores", () => {
    expect(population.length).toBe(260);
    expect(population.filter((score) => score.indices.overall === null).length).toBeGreaterThanOrEqual(10);
    expect(population.filter((score) => score.indices.personal === null).length).toBeGreaterThanOrEqual(3);
    // Every Part C and D section, and responses that left whole sections unanswered.
    const sectionIds = instrument.sections.filter((section) => section.part === "C" || section.part === "D").map((section) => section.id);
    expect(sectionIds).toHaveLength(12);
    for (const score of population) expect(Object.keys(score.sections).sort()).toEqual([...sectionIds].sort());
    expect(population.filter((score) => score.sections["c.alignment"] === null).length).toBeGreaterThanOrEqual(3);
  });

  it("matches a brute-force count for every response, with K from PEER_GROUP_MIN_SIZE", async () => {
    const levels = await expectMatchesBruteForce(undefined, 12);
    expect([...levels].sort()).toEqual(["everyone", "industry", "industry-size", "size"]);
  });

  it.each([1, 5, 30, 300])("matches a brute-force count for every response with K = %i", async (minPeers) => {
    await expectMatchesBruteForce(minPeers, minPeers);
  });

  it("has hard-number medians within a bin of the peers' own figures, money in US dollars", async () => {
    const me = population.find((score) => score.industry === "software" && score.companySize === "250-999")!;
    const snapshot = (await peerSnapshot(me.id, { minPeers: 10 }))!;
    const peers = population.filter((other) => other.id !== me.id && other.industry === "software" && other.companySize === "250-999");
    for (const metric of HARD_NUMBERS) {
      const figures = peers.map((peer) => peer.hardNumbers[metric]).filter((value): value is number => value !== null);
      const stored = snapshot.hardNumbers![metric]!;
      expect(stored.peers, metric).toBe(figures.length);
      const exact = percentileCont(figures, 0.5);
      const scale = HARD_NUMBER_BINS[metric];
      const slack = scale.kind === "rate" ? 0.005 : scale.kind === "percent" ? 0.5 : Math.max(0.5, 0.035 * exact);
      expect(Math.abs(stored.median - exact), metric).toBeLessThanOrEqual(slack + 1e-9);
    }
    // Euros were converted, and a currency the table lacks gave no money figure.
    expect(population.some((score) => score.hardNumbers.averageDeal === null && score.hardNumbers.unitWinRate !== null)).toBe(true);
  });

  it("leaves out a hard number fewer peers than the anonymity threshold have", async () => {
    const tiny = population.find((score) => score.industry === "energy-utilities" && score.companySize === "20000-plus")!;
    const snapshot = (await peerSnapshot(tiny.id, { minPeers: 1 }))!;
    expect(snapshot.group).toMatchObject({ level: "industry-size", size: 5 });
    expect(HARD_NUMBERS.map((metric) => snapshot.hardNumbers![metric])).toEqual(HARD_NUMBERS.map(() => null));
    // Five peers, under the threshold of six: their medians are given, their top quartiles are not.
    expect(snapshot.medians.overall).not.toBeNull();
    expect(Object.values(snapshot.topQuartiles!).every((quartile) => quartile === null)).toBe(true);
  });

  it("is a valid stored document naming its group", async () => {
    const me = population.find((score) => score.industry === "software" && score.companySize === "250-999")!;
    const snapshot = await peerSnapshot(me.id, { minPeers: 10 });
    expect(PeerSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot!.group).toMatchObject({
      level: "industry-size",
      label: "Software and internet companies with 250 to 999 employees",
      industry: "software",
      companySize: "250-999",
      meetsMinimum: true,
    });
  });

  it("has nothing for a draft, and will not score one", async () => {
    const draft = await db().response.findFirstOrThrow({ where: { status: "DRAFT" }, select: { id: true } });
    expect(await peerSnapshot(draft.id)).toBeNull();
    await rescoreBatch(undefined, 10_000, scoreNow);
    expect(await db().score.count({ where: { responseId: draft.id } })).toBe(0);
    expect(await db().score.count({ where: { response: { status: "DRAFT" } } })).toBe(0);
  });
});
