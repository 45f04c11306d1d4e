// Aggregates for the admin dashboards, computed in PostgreSQL (never by loading rows into Node), each taking
// the same combinable peer filter and returning plain data with small groups already suppressed.
import "server-only";

export { suppressGroups, type SuppressionReason } from "@/lib/scoring";
export { overviewStats, surveySteps, type Overview, type DropOff, type MonthCount } from "./overview";
export { rollUpOverviewMonths } from "./overview-months";
export { indexDistributions, BIN_COUNT, BIN_WIDTH, type Distribution, type Distributions } from "./distributions";
export { benchmarkTable, type BenchmarkTable, type BenchmarkRow, type BenchmarkCell, type Quantiles } from "./benchmarks";
export { questionDistributions, choiceQuestions, type QuestionDistribution, type QuestionDistributions, type OptionCount } from "./questions";
export { anonymityThreshold } from "./threshold";
export { salesDistributions, type SalesDistribution, type SalesDistributions } from "./sales-distributions";
export { questionFindings, strongestDifferences, type QuestionFindings, type FindingRow, type FindingSpread, type OutcomeFigure } from "./findings";
export { quarterBenchmarks, QUARTER_LIVE_LIMIT, type QuarterBenchmarks, type QuarterRow } from "./quarter-benchmarks";
export { rollUpQuarters } from "./quarter-rollup";
export { repeatCohort, type RepeatCohort, type CohortIndex } from "./repeat-cohort";
