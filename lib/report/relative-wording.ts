// How the report words peer-relative performance: the share of peers who scored higher, never a double negative
// ("70% of peers did not score better") and never "0%" for one peer in three hundred.
type Relative = { percent: number; better: number; peers: number };

/** E.g. "30% of your peers scored higher" (no full stop: the caller ends the sentence). */
export function peersHigher({ percent, better, peers }: Relative): string {
  if (better === 0) return "None of your peers scored higher";
  if (better >= peers) return "All of your peers scored higher";
  const share = 100 - percent;
  if (share < 1) return "Fewer than 1% of your peers scored higher";
  if (share > 99) return "More than 99% of your peers scored higher";
  return `${share}% of your peers scored higher`;
}

/** "1 other response", "64 other responses": the size of a peer group, this response not counted. */
export function otherResponses(size: number): string {
  return `${size.toLocaleString("en-US")} other ${size === 1 ? "response" : "responses"}`;
}
