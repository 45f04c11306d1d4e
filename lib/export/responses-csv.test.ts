// The streamed CSV over real stored responses: every completed response once, in batches; each answer column as the
// stored answers hold it; the derived figures equal to what the Score row stored at submission; the formula guard
// on participant text; contact details only on request.
import { beforeAll, describe, expect, it } from "vitest";
import { demoResponses } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { insertDemoResponses } from "@/lib/demo/demo-loader";
import { PART_A_IDS, PIPELINE_QUESTION_ID, type PipelineAnswer } from "@/lib/instrument";
import { db } from "@/lib/db/client";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { columnDictionary, exportColumns } from "./export-columns";
import { columnDictionaryCsv, exportResponsesCsv } from "./responses-csv";

withMigratedDatabase();

const COUNT = 240;
const NOW = new Date("2026-11-01T12:00:00Z");
const EVIL_STAGE = '=HYPERLINK("http://evil","click")';

beforeAll(async () => {
  const responses = demoResponses(seededRandom(7), COUNT, NOW).map((response, i) => {
    if (i === 0) {
      return {
        ...response,
        answers: {
          ...response.answers,
          [PART_A_IDS.consent]: true,
          [PART_A_IDS.name]: 'Ada, "the" Lovelace',
          [PART_A_IDS.email]: "ada@analytical.example",
          [PART_A_IDS.companyName]: '=HYPERLINK("http://evil")',
        },
      };
    }
    const pipeline = response.answers[PIPELINE_QUESTION_ID] as PipelineAnswer | undefined;
    if (i === 1 || !pipeline) return response;
    // One pipeline whose first stage name a spreadsheet would run as a formula.
    return { ...response, answers: { ...response.answers, [PIPELINE_QUESTION_ID]: { ...pipeline, stages: [{ ...pipeline.stages[0]!, name: EVIL_STAGE }, ...pipeline.stages.slice(1)] } } };
  });
  await insertDemoResponses(responses);
}, 120_000);

const readAll = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

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

async function exported(includeContact: boolean, batchSize?: number) {
  const [header, ...body] = parseCsv(await readAll(exportResponsesCsv({}, { includeContact, batchSize }))) as [string[], ...string[][]];
  const records = body.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]!])));
  return { header, records };
}

const cell = (value: unknown) => (value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value));

describe("exportResponsesCsv", () => {
  it("streams every completed response once, in batches, with the dictionary's columns and no contact details by default", async () => {
    const { header, records } = await exported(false, 70);
    expect(header).toEqual(columnDictionary({ includeContact: false }).map((entry) => entry.name));
    expect(records).toHaveLength(COUNT);
    expect(new Set(records.map((record) => record.response_id)).size).toBe(COUNT);
    expect(header).not.toContain("contact_email");
    expect(JSON.stringify(records)).not.toContain("ada@analytical.example");
  });

  it("writes each answer as stored and the pipeline stage by stage", async () => {
    const { records } = await exported(false);
    const stored = new Map((await db().response.findMany({ select: { id: true, answers: true } })).map((row) => [row.id, row.answers as Record<string, unknown>]));
    const answerColumns = exportColumns({ includeContact: false }).filter((column) => column.questionId && column.questionId !== PIPELINE_QUESTION_ID);
    let pipelines = 0;
    for (const record of records) {
      const answers = stored.get(record.response_id!)!;
      for (const column of answerColumns) expect(record[column.name], column.name).toBe(cell(answers[column.questionId!]));
      const pipeline = answers[PIPELINE_QUESTION_ID] as PipelineAnswer | undefined;
      expect(record.pipeline_stages).toBe(cell(pipeline?.stages.length));
      if (!pipeline) continue;
      pipelines += 1;
      expect(record.pipeline_target).toBe(cell(pipeline.target));
      pipeline.stages.forEach((stage, i) => {
        const name = stage.name === EVIL_STAGE ? `'${EVIL_STAGE}` : stage.name;
        expect(record[`pipeline_stage_${i + 1}_name`]).toBe(name);
        expect(record[`pipeline_stage_${i + 1}_value`]).toBe(cell(stage.value));
      });
      expect(record[`pipeline_stage_${pipeline.stages.length + 1}_name`] ?? "").toBe("");
    }
    expect(pipelines).toBeGreaterThan(20);
    expect(records.some((record) => record.pipeline_stage_1_name === `'${EVIL_STAGE}`)).toBe(true);
  });

  it("gives the derived figures the Score row stored at submission, and the dollar figures beside them", async () => {
    const { records } = await exported(false);
    const scores = new Map((await db().score.findMany()).map((score) => [score.responseId, score]));
    let rates = 0;
    for (const record of records) {
      const score = scores.get(record.response_id!)!;
      expect(record.unit_win_rate).toBe(cell(score.unitWinRate));
      expect(record.value_win_rate).toBe(cell(score.valueWinRate));
      expect(record.average_won_deal).toBe(cell(score.averageDealValue));
      expect(record.velocity_per_day).toBe(cell(score.velocity));
      expect(record.average_won_deal_usd).toBe(cell(score.averageDealUsd));
      expect(record.velocity_per_day_usd).toBe(cell(score.velocityUsd));
      expect(record.overall_index).toBe(cell(score.overall));
      expect(record.section_c_process).toBe(cell((score.sectionScores as Record<string, number | null>)["c.process"]));
      if (score.unitWinRate !== null) rates += 1;
    }
    expect(rates).toBeGreaterThan(COUNT / 2);
  });

  it("adds contact details of consenting participants when asked, escaped and formula-guarded", async () => {
    const { header, records } = await exported(true);
    expect(header.slice(-3)).toEqual(["contact_name", "contact_email", "company_name"]);
    const ada = records.find((record) => record.contact_email === "ada@analytical.example")!;
    expect(ada.contact_name).toBe('Ada, "the" Lovelace');
    expect(ada.company_name).toBe("'=HYPERLINK(\"http://evil\")");
    const withEmail = records.filter((record) => record.contact_email !== "");
    expect(withEmail).toHaveLength(await db().response.count({ where: { contactEmail: { not: null } } }));
  });
});

describe("columnDictionaryCsv", () => {
  it("has one row per column of the export, in its order", () => {
    const [header, ...rows] = parseCsv(columnDictionaryCsv({ includeContact: true }));
    expect(header).toEqual(["position", "column", "group", "question_id", "meaning", "unit", "allowed_values"]);
    expect(rows.map((row) => row[1])).toEqual(exportColumns({ includeContact: true }).map((column) => column.name));
  });
});
