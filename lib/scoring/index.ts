/**
 * The Dealmaker Index scoring engine. Pure: plain data in, plain data out; no React, no database, no clock.
 * Same answers + same instrument + same SCORING_VERSION ⇒ same result. docs/methodology.md explains every rule.
 *
 * - `scoreResponse(answers, instrument)` → the four company sub-indices, the overall index, the personal index,
 *   categories, revenue potential and section scores (`ScoreResult`, also a zod schema for stored copies).
 * - Sales mathematics from the participant's numbers: `salesNumbers(answers)` then `analyseSales(numbers)`, or
 *   the pieces (`salesVelocity`, `velocityWhatIf`, `winRates`, `analysePipeline`, `opportunitiesNeeded`). Each figure is
 *   `{ status: "ok", value }` or `{ status: "not-enough-data", missing }`, never NaN or Infinity.
 * - Peer groups: `peerGroupCandidates(profile)` says which groups to count, `choosePeerGroup` picks one from the
 *   counts, `relativePerformance(score, histogram)` turns the group's 101 score counts into the published figure,
 *   and `summarisePeers` builds the report's stored `PeerSnapshot` (group, both figures, peer medians per index and
 *   per survey section).
 * - Hard numbers against peers: `hardNumbersInBasis(sales)` puts a participant's win rates, deal, cycle and quota
 *   figures in the common basis (money in US dollars, `toBasis`), `HARD_NUMBER_BINS` says which bin the database
 *   counts each in, `summariseHardNumbers` turns a group's bin counts into the snapshot's `hardNumbers`, and
 *   `compareHardNumbers` puts those beside the participant's own figures in their own currency.
 * - The database's per-group histograms: `SCORE_HISTOGRAM_LAYOUT` says where each index, section and binned figure
 *   (the hard numbers and the admin's velocity, `BINNED_FIGURE_BINS`) sits in a group's counts, and `scoreSlot` /
 *   `figureSlot` where one score counts.
 */
export { SCORING_VERSION } from "./version";
export { roundPercent } from "./rounding";
export {
  BandSchema,
  BandTableSchema,
  COMPANY_BANDS,
  PERSONAL_BANDS,
  REVENUE_POTENTIAL_BANDS,
  bandFor,
  type Band,
} from "./bands";
export { MINIMUM_ANSWERED, INDEX_NAMES } from "./index-rules";
export {
  IndexScoreSchema,
  SectionScoreSchema,
  ScoreResultSchema,
  type IndexScore,
  type SectionScore,
  type ScoreResult,
} from "./result";
export { scoreResponse, overallIndex } from "./score-response";
export { figure, notEnoughData, type Figure, type FigureOrGap, type NotEnoughData } from "./figure";
export {
  DAYS_PER_YEAR,
  TEN_PERCENT_BETTER,
  opportunitiesInFlight,
  salesVelocity,
  velocityMultiplier,
  velocityChangePercent,
  velocityWhatIf,
  type VelocityChanges,
  type VelocityInputs,
  type WhatIf,
} from "./sales-velocity";
export { winRate, winRates, tallyDeals, type Deal, type DealTotals, type WinRates } from "./win-rate";
export {
  analysePipeline,
  conversionRate,
  pipelineValueFactor,
  stageCoverage,
  weightedValue,
  type PipelineAnalysis,
  type PipelineInput,
  type PipelineStageInput,
  type StageAnalysis,
} from "./pipeline";
export {
  COVERAGE_THRESHOLDS,
  coverageLevel,
  coverageVerdict,
  type CoverageLevel,
  type CoverageThreshold,
  type CoverageVerdict,
} from "./pipeline-verdict";
export { QUARTERS_PER_YEAR, opportunitiesNeeded, type OpportunitiesNeeded, type OpportunitiesNeededInputs } from "./opportunities-needed";
export {
  DISAGREEMENT_FACTOR,
  salesNumbers,
  analyseSales,
  velocityConsistency,
  type SalesAnalysis,
  type SalesNumbers,
  type VelocityConsistency,
} from "./sales-numbers";
export {
  DEFAULT_MIN_PEERS,
  EVERYONE_LABEL,
  INDUSTRY_GROUP_NAMES,
  PEER_LEVELS,
  choosePeerGroup,
  peerGroupCandidates,
  peerGroupLabel,
  type ChoosePeerGroupInput,
  type PeerFilter,
  type PeerGroup,
  type PeerLevel,
  type PeerProfile,
} from "./peer-group";
export {
  HISTOGRAM_LENGTH,
  histogramOf,
  relativePerformance,
  type RelativePerformance,
  type RelativePerformanceOptions,
} from "./percentile";
export { answerScoresTable, bandsTable, methodologyTables, weightsTable } from "./methodology-tables";
export {
  PEER_METRICS,
  PeerSnapshotSchema,
  RelativePerformanceSchema,
  histogramMedian,
  histogramTopQuartile,
  summarisePeers,
  type PeerMetric,
  type PeerSnapshot,
  type SummarisePeersInput,
} from "./peer-snapshot";
export { histogramQuantile, quantilesFromCounts } from "./histogram-quantile";
export {
  HARD_NUMBERS,
  LOWER_IS_BETTER,
  HardNumberPeersSchema,
  HardNumbersPeersSchema,
  QUARTILES,
  QuartileSchema,
  compareHardNumbers,
  ownHardNumbers,
  quartileOf,
  type HardNumber,
  type HardNumberComparison,
  type HardNumberPeers,
  type HardNumbersPeers,
  type Quartile,
} from "./hard-numbers";
export { HARD_NUMBER_BINS, RENARD_R40, countScale, daysScale, moneyScale, type BinScale, type CentredScale, type PercentBins } from "./hard-number-bins";
export { binQuantile, hardNumbersInBasis, summariseHardNumbers, type SummariseHardNumbersInput } from "./hard-number-peers";
export { BASIS_CURRENCY, CURRENCY_TABLE_VERSION, UNITS_PER_USD, fromBasis, toBasis } from "./currency";
export {
  ANSWER_FIGURES,
  BINNED_FIGURE_BINS,
  SCORE_HISTOGRAM_LAYOUT,
  SCORE_HISTOGRAM_WIDTH,
  SECTION_METRIC_PREFIX,
  binnedMetric,
  figureSlot,
  histogramSlice,
  scoreHistogramLayout,
  scoreSlot,
  sectionMetric,
  type AnswerFigure,
  type BinnedFigure,
  type HistogramSlice,
} from "./score-histogram-layout";
export { suppressGroups, type SuppressionReason, type SuppressionOptions } from "./anonymity";
export { publicGroup, type IndexFigures, type PublicGroup, type PublicQuartiles } from "./public-benchmark";
