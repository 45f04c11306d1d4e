// The admin responses list and erasure (its contribution to the ScoreHistogram aggregate goes too). The streamed CSV
// is tested in lib/export/responses-csv.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { RESPONSES_PAGE_SIZE, parseResponsesQuery } from "@/lib/admin/responses-query";
import { demoResponses } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { PART_A_IDS } from "@/lib/instrument";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { compareAggregateWithScores, readHistogramCells } from "@/tests/support/peer-population";
import { deleteResponse, listResponses } from "./admin-responses";
import { db } from "./client";
import { insertDemoResponses } from "@/lib/demo/demo-loader";
import { hashToken, newToken } from "./tokens";

withMigratedDatabase();

const COUNT = 3000;
const NOW = new Date("2026-11-01T12:00:00Z");

beforeAll(async () => {
  const responses = demoResponses(seededRandom(99), COUNT, NOW).map((response, i) =>
    i === 0
      ? {
          ...response,
          answers: {
            ...response.answers,
            [PART_A_IDS.consent]: true,
            [PART_A_IDS.name]: "Ada, \"the\" Lovelace",
            [PART_A_IDS.email]: "ada@analytical.example",
            [PART_A_IDS.companyName]: "=HYPERLINK(\"http://evil\")",
          },
        }
      : response,
  );
  await insertDemoResponses(responses);
}, 120_000);

describe("listResponses", () => {
  it("pages through completed responses sorted by an index, filtered by industry", async () => {
    const query = parseResponsesQuery({ industry: "software", sort: "overall", dir: "desc" });
    const first = await listResponses(query, RESPONSES_PAGE_SIZE);
    const expected = await db().response.count({ where: { status: "COMPLETED", industry: "software" } });
    expect(first.total).toBe(expected);
    expect(first.items.every((item) => item.industry === "software")).toBe(true);
    const scores = first.items.map((item) => item.overall).filter((value) => value !== null);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const second = await listResponses({ ...query, page: 2 }, RESPONSES_PAGE_SIZE);
    const ids = new Set(first.items.map((item) => item.id));
    expect(second.items.some((item) => ids.has(item.id))).toBe(false);
  });

  it("finds a consented participant by company name or email, case-insensitively", async () => {
    const { items } = await listResponses(parseResponsesQuery({ q: "ANALYTICAL" }), RESPONSES_PAGE_SIZE);
    expect(items.map((item) => item.contactEmail)).toEqual(["ada@analytical.example"]);
  });
});

describe("deleteResponse", () => {
  it("removes the response, its score and report, and its counts from every aggregate group", async () => {
    const target = await db().response.findFirstOrThrow({
      where: { status: "COMPLETED", industry: { not: null }, companySize: { not: null }, score: { overall: { not: null } } },
      select: { id: true, industry: true, companySize: true, score: { select: { overall: true, scoringVersion: true } } },
    });
    await db().report.create({
      data: { responseId: target.id, tokenHash: hashToken(newToken()), reportVersion: "test", scoringVersion: "test", document: {} },
    });
    const countAt = async (industry: string, companySize: string) =>
      (await readHistogramCells()).find(
        (cell) =>
          cell.scoringVersion === target.score!.scoringVersion &&
          cell.industry === industry &&
          cell.companySize === companySize &&
          cell.metric === "overall" &&
          cell.score === target.score!.overall!,
      )?.count ?? 0;
    const groups: [string, string][] = [
      [target.industry!, target.companySize!],
      [target.industry!, "*"],
      ["*", target.companySize!],
      ["*", "*"],
    ];
    const before = await Promise.all(groups.map(([industry, size]) => countAt(industry, size)));

    expect(await deleteResponse(target.id)).toBe(true);

    const after = await Promise.all(groups.map(([industry, size]) => countAt(industry, size)));
    expect(after).toEqual(before.map((count) => count - 1));
    expect(await db().score.count({ where: { responseId: target.id } })).toBe(0);
    expect(await db().report.count({ where: { responseId: target.id } })).toBe(0);
    const { stored, expected } = await compareAggregateWithScores();
    expect(stored).toEqual(expected);
    expect(await deleteResponse(target.id)).toBe(false);
  });
});
