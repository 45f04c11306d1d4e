/**
 * The version of the scoring rules (bands, minimums, rounding, formulas). Stored beside every score so a score
 * can always be traced to the rules that made it; any change that can move a stored number is a new version.
 */
export const SCORING_VERSION = "2026.2";
