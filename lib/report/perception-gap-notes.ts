// Reading the perception gaps a report printed (narration.ts): which paragraphs they are, and which belong in the
// executive summary's short list.
import type { PerceptionGapNote } from "./document";

/** A paragraph that names a perception gap is keyed "gap:<rule id>", so the page can mark it. */
export const GAP_KEY_PREFIX = "gap:";

export const isPerceptionGap = (key: string) => key.startsWith(GAP_KEY_PREFIX);

/**
 * The gaps worth a line in the executive summary: those of the detailed analysis, one per piece of evidence, leaving
 * out evidence an index card of the summary already names (its band paragraph is itself a gap there).
 */
export function gapsForSummary(gaps: readonly PerceptionGapNote[] | undefined): PerceptionGapNote[] {
  const named = new Set((gaps ?? []).filter((gap) => gap.on === "index").map((gap) => gap.evidence));
  return (gaps ?? []).filter((gap) => {
    if (gap.on === "index" || named.has(gap.evidence)) return false;
    named.add(gap.evidence);
    return true;
  });
}
