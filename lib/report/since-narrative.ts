// Narrative for the "Since last time" part: templates as data with their own placeholders, filled by
// lib/report/since-paragraphs.ts. Each named change gives its two figures and the peers' median at each date; a
// sentence whose figure is missing is dropped by the renderer, as everywhere in the report.
import type { Template } from "./narratives/types";

export const SINCE_PLACEHOLDERS = {
  previousReport: "the report compared with, e.g. your report of March 9, 2026 (or: your previous report)",
  subject: "the figure as a sentence's subject, e.g. Your unit win rate",
  verb: "the direction in the figure's own terms: rose, fell, shortened or lengthened",
  then: "the participant's figure in the earlier report, e.g. 24%",
  now: "the participant's figure in this report, e.g. 31%",
  peerThen: "the peers' median in the earlier report, e.g. 27%",
  peerNow: "the peers' median in this report, e.g. 28%",
  moreCount: "how many more meaningful changes the paragraph does not name, in words at the start of a sentence, e.g. Three",
  currencyThen: "how the earlier report's money was given, e.g. in EUR, or without a currency",
  currencyNow: "the same for this report",
  groupThen: "the earlier report's peer group, e.g. Software and internet companies of your size",
  groupNow: "this report's peer group",
  scoringThen: "the earlier report's scoring version, e.g. 2026.1",
  scoringNow: "this report's scoring version",
} as const;

export type SincePlaceholder = keyof typeof SINCE_PLACEHOLDERS;

export const SINCE_NARRATIVE = {
  opening: {
    mixed:
      "Since {previousReport}, some of your figures have moved further than the spread among your peers makes " +
      "meaningful: some for the better, some for the worse.",
    improved: "Since {previousReport}, every figure that moved further than the spread among your peers makes meaningful moved for the better.",
    declined: "Since {previousReport}, every figure that moved further than the spread among your peers makes meaningful moved for the worse.",
  },
  change: {
    /** The peers' median known at both dates and printed differently. */
    peersMoved: "{subject} {verb} from {then} to {now}; your peers' median was {peerThen} then and is {peerNow} now.",
    peersSame: "{subject} {verb} from {then} to {now}; your peers' median was {peerThen} at both dates.",
    peersThenOnly: "{subject} {verb} from {then} to {now}; your peers' median was {peerThen} then.",
  },
  moreOne: "One more change is large enough to count; the table below lists it with the rest.",
  moreMany: "{moreCount} more changes are large enough to count; the table below lists them with the rest.",
  nothing:
    "Nothing has changed meaningfully since {previousReport}: every figure that can be judged moved by less than half " +
    "the distance between your peers' median and the edge of their best quarter at that date.",
  noSpread:
    "There is no spread of your peers' figures in {previousReport} to judge these changes by, so the table below " +
    "gives them without a verdict.",
  notes: {
    currency:
      "You gave your money figures {currencyThen} last time and {currencyNow} this time. Amounts in two currencies are " +
      "not subtracted, so your average won deal and your sales velocity are shown side by side without a change.",
    unknownCurrency:
      "Your money figures are in a currency that is not on the survey's list, so there is no telling whether both " +
      "reports use the same one: your average won deal and your sales velocity are shown side by side without a change.",
    peerGroup:
      "Your peer group has changed: {groupThen} then, {groupNow} now. Each date's peer figures are those of its own group.",
    scoring:
      "Your earlier report was scored under scoring version {scoringThen} and this one under {scoringNow}, so part of " +
      "a change in an index can come from the rules rather than from your answers.",
    velocity:
      "Your earlier report worked sales velocity out from the year's opportunities as if they were all in play at " +
      "once, which overstated it, so the two velocities are not compared.",
  },
} as const;

/** The verdicts in the table's words. */
export const VERDICT_WORDS = {
  improved: "Meaningfully better",
  declined: "Meaningfully worse",
  steady: "Within the peers' spread",
  unjudged: "Not judged: no peer spread on record then",
  velocity: "Not judged: peers' velocity is not compared",
  missing: "Not compared: given in one report only",
  currency: "Not compared: two currencies",
  definition: "Not compared: worked out differently then",
} as const;

/** Every template of the part, for the tests that hold them to the narrative rules. */
export function sinceTemplates(): Template[] {
  const { opening, change, moreOne, moreMany, nothing, noSpread, notes } = SINCE_NARRATIVE;
  return [...Object.values(opening), ...Object.values(change), moreOne, moreMany, nothing, noSpread, ...Object.values(notes)];
}
