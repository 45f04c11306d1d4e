// The participant's choice whether their answers join the benchmark pool (docs/decisions/026-benchmark-pool.md): the
// answer to PART_A_IDS.pool, a box that starts ticked. A response outside the pool gets its full report, compared
// with the pool, but is never counted in any peer group, benchmark, distribution or finding.
import { PART_A_IDS } from "./question-ids";

/** What an unanswered pool question means (an API client that says nothing, a response stored before the question). */
export const POOL_DEFAULT = true;

/**
 * Whether a response's answers join the pool: yes unless its pool answer is `false`. The database keeps
 * "Response"."inPool" by the same rule (pool_choice migration, "poolChoiceOf"); a test holds the two together.
 */
export function joinsPool(answers: Readonly<Record<string, unknown>>): boolean {
  return answers[PART_A_IDS.pool] !== false;
}
