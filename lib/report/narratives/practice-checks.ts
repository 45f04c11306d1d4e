// Practice against figure, in the index cards of deal value, win rate and sales cycle: one figure-free sentence after
// what the index measures, saying whether the practices behind the index and the hard number they drive point the
// same way against the peers (lib/report/figure-readings.ts practiceChecks chooses it). It links the index to the
// peer comparison printed in the same executive summary without repeating any of its numbers.
import type { HardNumber } from "@/lib/scoring/hard-numbers";

/**
 * Practice against figure, in an index card after what the index measures: whether the index (the practices, against
 * the peers' median index) and its hard number (its peer quarter: top or upper-middle is ahead of the typical peer)
 * point the same way. Figure-free, so it never repeats the peer comparison's numbers; nothing when either side is
 * unknown or level with the median (the figure printing as the peers' median counts as level).
 */
export type PracticeCheck = "bothAhead" | "bothBehind" | "practicesAhead" | "figureAhead";

export const PRACTICE_CHECKS = {
  value: {
    placeholder: "valuePracticeCheck",
    metric: "averageDeal",
    texts: {
      bothAhead:
        "Your value practices score above your peers' median and your deals are larger than the typical peer's, so the value story is landing with buyers",
      bothBehind:
        "Your value practices score below your peers' median and your deals are smaller than the typical peer's, so sharper value selling is the likely route to larger deals",
      practicesAhead:
        "Your value practices score above your peers' median but your deals are smaller than the typical peer's, so check whether discounts or a narrow scope undo the value story",
      figureAhead:
        "Your deals are larger than the typical peer's though your value practices score below your peers' median, so what you sell, more than how you sell it, carries deal size for now",
    },
  },
  winRate: {
    placeholder: "winRatePracticeCheck",
    metric: "unitWinRate",
    texts: {
      bothAhead:
        "Your win-rate practices score above your peers' median and you win a larger share of deals than the typical peer, so the habits behind your wins are worth writing down",
      bothBehind:
        "Your win-rate practices score below your peers' median and you win a smaller share of deals than the typical peer, so qualification and deal coaching are the likely route to more wins",
      practicesAhead:
        "Your win-rate practices score above your peers' median but you win a smaller share of deals than the typical peer, so look for where the practices are skipped in live deals",
      figureAhead:
        "You win a larger share of deals than the typical peer though your win-rate practices score below your peers' median, so the wins may rest on a few sellers or a friendly market",
    },
  },
  salesCycle: {
    placeholder: "salesCyclePracticeCheck",
    metric: "cycleDays",
    texts: {
      bothAhead:
        "Your deal-moving practices score above your peers' median and your deals close faster than the typical peer's, so the practices are doing their job",
      bothBehind:
        "Your deal-moving practices score below your peers' median and your deals take longer than the typical peer's, so clearer stages and buyer evidence are the likely route to faster deals",
      practicesAhead:
        "Your deal-moving practices score above your peers' median but your deals take longer than the typical peer's, so look at where deals wait outside the process, such as approvals or legal review",
      figureAhead:
        "Your deals close faster than the typical peer's though your deal-moving practices score below your peers' median, so the speed may come from small or simple deals rather than from the process",
    },
  },
} as const satisfies Record<string, { placeholder: string; metric: HardNumber; texts: Record<PracticeCheck, string> }>;
