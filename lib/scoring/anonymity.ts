// Anonymity for every admin aggregate (docs/decisions/005-admin-charts.md). Pure: counts in, decisions out.
//
// 1. Primary: a group with fewer than `threshold` responses is suppressed ("below-threshold").
// 2. Complementary: when a breakdown is shown beside its total, a lone suppressed group could be recovered by
//    subtracting the others from the total. So while exactly one group is suppressed, or the suppressed groups
//    together hold fewer than `threshold` responses, the smallest group still shown is suppressed too
//    ("complementary"; ties go to the group listed first). Without a total nothing can be subtracted, so only
//    rule 1 applies.

export type SuppressionReason = "below-threshold" | "complementary";

export interface SuppressionOptions {
  /** Whether the breakdown's total is shown beside it (enables rule 2). */
  totalShown?: boolean;
  /** Groups already suppressed for another reason (e.g. the whole row), counted as suppressed from the start. */
  forced?: readonly (SuppressionReason | null)[];
}

/** One decision per count, in the same order: null means the group may be shown. */
export function suppressGroups(
  counts: readonly number[],
  threshold: number,
  { totalShown = true, forced = [] }: SuppressionOptions = {},
): (SuppressionReason | null)[] {
  const decisions = counts.map((n, i): SuppressionReason | null => forced[i] ?? (n < threshold ? "below-threshold" : null));
  if (!totalShown) return decisions;
  const needsMore = () => {
    const hidden = counts.filter((_, i) => decisions[i] !== null);
    const hiddenTotal = hidden.reduce((sum, n) => sum + n, 0);
    return hidden.length === 1 || (hidden.length > 1 && hiddenTotal < threshold);
  };
  while (needsMore()) {
    let smallest = -1;
    counts.forEach((n, i) => {
      if (decisions[i] === null && (smallest === -1 || n < counts[smallest]!)) smallest = i;
    });
    if (smallest === -1) break;
    decisions[smallest] = "complementary";
  }
  return decisions;
}
