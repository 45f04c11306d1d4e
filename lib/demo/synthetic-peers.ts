// A synthetic peer population held in memory, counted as the database would count it: each response scored by the
// submit path's own mapping (scoreRow), its scores added to the "ScoreHistogram" rows it would add to
// (ScoreHistogramCounter, which a test holds to the database's triggers), and the rows read by the same cutting of
// counts as the database reads (lib/db/peer-counts.ts). lib/responses/peer-comparison.ts then compares a score with
// them exactly as it compares one with the stored population.
import { groupCountsOf, groupSizeOf, type PeerCounts } from "@/lib/db/peer-counts";
import { ANY, type HistogramRow } from "@/lib/db/score-histograms";
import { responseColumns } from "@/lib/responses/response-columns";
import { scoreRow } from "@/lib/responses/score-row";
import type { DemoResponse } from "./demo-responses";
import { ScoreHistogramCounter } from "./demo-score-histograms";

export function syntheticPeerCounts(responses: readonly DemoResponse[]): PeerCounts {
  const counter = new ScoreHistogramCounter();
  for (const { answers } of responses) counter.addScore(scoreRow(answers, responseColumns(answers)).columns);
  return peerCountsOf(counter.rows());
}

/** The PeerCounts reads over rows already in memory. */
function peerCountsOf(rows: readonly HistogramRow[]): PeerCounts {
  const rowOf = (scoringVersion: string, industry: string | null, companySize: string | null) =>
    rows.find(
      (row) => row.scoringVersion === scoringVersion && row.industry === (industry ?? ANY) && row.companySize === (companySize ?? ANY),
    );
  return {
    groupSizes: async (scoringVersion, filters) => filters.map((filter) => groupSizeOf(rowOf(scoringVersion, filter.industry, filter.companySize))),
    groupCounts: async (scoringVersion, filter) => groupCountsOf(rowOf(scoringVersion, filter.industry, filter.companySize)),
  };
}
