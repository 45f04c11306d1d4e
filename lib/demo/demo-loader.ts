import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { DemoResponse } from "./demo-responses";
import type { DemoDraft } from "./demo-drafts";
import { serverEnv } from "@/lib/env";
import { db } from "@/lib/db/client";
import { ScoreHistogramCounter } from "./demo-score-histograms";
import { AnswerTallyCounter, readAnswerTallyLayout } from "./demo-answer-tallies";
import { FINDING_ENTRY_COPY_COLUMNS, FindingCounter } from "./demo-findings";
import { completedRows, draftRow, ParticipantLinks, RESPONSE_COPY_COLUMNS, SCORE_COPY_COLUMNS } from "./demo-rows";

export async function countResponses(): Promise<number> {
  return db().response.count();
}

export interface DemoBatch {
  responses: Iterable<DemoResponse>;
  drafts?: Iterable<DemoDraft>;
}

/**
 * How "ScoreHistogram", "AnswerTally" and the Findings stay right during a load. "triggers": their statement-level
 * triggers fire once per COPY (one batch), as for any writer (the Findings' mark the responses dirty, counted in at
 * the next admin read). "counted": every user trigger on "Response" and "Score" is off for the load (the rows already
 * carry the region, sales model and pool choice the row triggers would copy), the loader counts the rows it writes
 * that are in the benchmark pool, as the triggers do (demo-score-histograms.ts, demo-answer-tallies.ts,
 * demo-findings.ts, which also writes the Findings' entries) and adds the counts at the end — what makes a million
 * affordable.
 * Either way it is one transaction: a failed load leaves nothing behind, and nobody else sees the triggers off
 * (disabling them locks out other writers of the two tables until the commit).
 */
export type AggregateMode = "triggers" | "counted";

export interface LoadProgress {
  responses: number;
  drafts: number;
}

const LINES_PER_WRITE = 400;

async function copyInto(client: pg.Client, table: string, columns: readonly string[], text: Iterable<string>) {
  const sql = `COPY "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) FROM STDIN`;
  await pipeline(Readable.from(text), client.query(copyFrom(sql)));
}

/** Lines joined into writes of LINES_PER_WRITE (about 1 MB of responses): fewer stream calls, no giant string. */
function* joined(lines: Iterable<string>): Generator<string> {
  const buffer: string[] = [];
  for (const line of lines) {
    buffer.push(line);
    if (buffer.length === LINES_PER_WRITE) yield buffer.splice(0).join("");
  }
  if (buffer.length) yield buffer.join("");
}

/**
 * Stores generated completed responses with their scores (and drafts), batch by batch, through COPY in one
 * transaction. A batch's responses are generated and scored while PostgreSQL reads the previous lines.
 */
export async function loadDemoData(
  batches: Iterable<DemoBatch>,
  { aggregates = "triggers", onProgress }: { aggregates?: AggregateMode; onProgress?: (done: LoadProgress) => void } = {},
): Promise<LoadProgress> {
  const client = new pg.Client({ connectionString: serverEnv().DATABASE_URL });
  await client.connect();
  const done: LoadProgress = { responses: 0, drafts: 0 };
  try {
    await client.query("BEGIN");
    let scoreHistograms: ScoreHistogramCounter | null = null;
    let answerTallies: AnswerTallyCounter | null = null;
    let findings: FindingCounter | null = null;
    if (aggregates === "counted") {
      await client.query(`ALTER TABLE "Response" DISABLE TRIGGER USER`);
      await client.query(`ALTER TABLE "Score" DISABLE TRIGGER USER`);
      scoreHistograms = new ScoreHistogramCounter();
      answerTallies = new AnswerTallyCounter(await readAnswerTallyLayout(client));
      findings = await FindingCounter.read(client);
    }
    const links = new ParticipantLinks();
    for (const batch of batches) {
      const scores: string[] = [];
      const entries: string[] = [];
      function* responseLines() {
        for (const response of batch.responses) {
          const rows = completedRows(response, links);
          scores.push(rows.score);
          // A response outside the benchmark pool is stored with its score but counted nowhere, as by the triggers.
          if (rows.inPool) {
            scoreHistograms?.addScore(rows.scoreColumns);
            answerTallies?.addCompletedResponse(response.answers, rows.columns);
            if (findings) entries.push(findings.addCompletedResponse(rows.id, response.answers, rows.columns, rows.scoreColumns));
          }
          yield rows.response;
        }
        for (const draft of batch.drafts ?? []) {
          done.drafts += 1;
          yield draftRow(draft);
        }
      }
      await copyInto(client, "Response", RESPONSE_COPY_COLUMNS, joined(responseLines()));
      if (scores.length) await copyInto(client, "Score", SCORE_COPY_COLUMNS, joined(scores));
      if (entries.length) await copyInto(client, "FindingEntry", FINDING_ENTRY_COPY_COLUMNS, joined(entries));
      done.responses += scores.length;
      onProgress?.({ ...done });
    }
    if (scoreHistograms) {
      await scoreHistograms.apply(client);
      await answerTallies?.apply(client);
      await findings?.apply(client);
      await client.query(`ALTER TABLE "Response" ENABLE TRIGGER USER`);
      await client.query(`ALTER TABLE "Score" ENABLE TRIGGER USER`);
      // The Trends page's quarters: their triggers were off (with them on, each response dated before the rolled-up
      // days forgot its own quarter).
      await client.query(`SELECT "forgetQuarterBenchmarks"(NULL)`);
    }
    // Responses dated in closed months: the admin overview counts those months again (its triggers, off in a counted
    // load, would forget only the months loaded into; a load is rare enough to forget them all).
    await client.query(`SELECT "forgetOverviewMonths"(NULL)`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return done;
}

/**
 * Stores given responses as completed ones with their scores, `batchSize` to a COPY, with the aggregate triggers
 * on (tests and small data sets). Returns how many it stored.
 */
export async function insertDemoResponses(responses: readonly DemoResponse[], batchSize = 1000): Promise<number> {
  function* batches() {
    for (let start = 0; start < responses.length; start += batchSize) yield { responses: responses.slice(start, start + batchSize) };
  }
  return (await loadDemoData(batches())).responses;
}
