// The admin responses list, erasure (its contribution to the ScoreHistogram aggregate goes too) and the streamed CSV.
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
import { exportColumns, exportResponsesCsv } from "./export-responses";
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

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

/** A small RFC 4180 reader, enough for these tests. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  return rows;
}

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

describe("exportResponsesCsv", () => {
  it("streams every completed response in batches, with the expected columns and no contact details by default", async () => {
    const text = await readAll(exportResponsesCsv({}, { includeContact: false, batchSize: 700 }));
    const rows = parseCsv(text);
    const header = rows[0]!;
    expect(header).toEqual(exportColumns(false).map(([name]) => name));
    expect(header).toEqual(expect.arrayContaining(["overall_index", "industry", "won_value", "cycle_days"]));
    expect(header).not.toContain("contact_email");
    expect(rows).toHaveLength(COUNT + 1);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(COUNT);
    expect(text).not.toContain("ada@analytical.example");
  });

  it("gives the money figures in US dollars beside the answers as given", async () => {
    const rows = parseCsv(await readAll(exportResponsesCsv({}, { includeContact: false })));
    const [header, ...body] = rows as [string[], ...string[][]];
    const column = (row: string[], name: string) => row[header.indexOf(name)]!;
    const scores = new Map(
      (await db().score.findMany({ select: { responseId: true, averageDealUsd: true, velocityUsd: true } })).map((score) => [score.responseId, score]),
    );
    let dollars = 0;
    for (const row of body) {
      const score = scores.get(column(row, "response_id"))!;
      expect(column(row, "average_won_deal_usd")).toBe(score.averageDealUsd === null ? "" : String(score.averageDealUsd));
      expect(column(row, "velocity_per_day_usd")).toBe(score.velocityUsd === null ? "" : String(score.velocityUsd));
      if (score.averageDealUsd !== null) dollars += 1;
    }
    expect(dollars).toBeGreaterThan(10);
  });

  it("adds contact details of consenting participants when asked, escaped and formula-guarded", async () => {
    const rows = parseCsv(await readAll(exportResponsesCsv({}, { includeContact: true })));
    const header = rows[0]!;
    const ada = rows.find((row) => row[header.indexOf("contact_email")] === "ada@analytical.example")!;
    expect(ada[header.indexOf("contact_name")]).toBe('Ada, "the" Lovelace');
    expect(ada[header.indexOf("company_name")]).toBe("'=HYPERLINK(\"http://evil\")");
    const withEmail = rows.slice(1).filter((row) => row[header.indexOf("contact_email")] !== "");
    expect(withEmail).toHaveLength(await db().response.count({ where: { contactEmail: { not: null } } }));
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
