// Narrative for the sales-numbers part of the executive summary (the pipeline section's: pipeline-narrative.ts).
// Each figure sits in its own sentence, so a missing one drops only that sentence (the velocity paragraph's in-flight
// sentence names the cycle it is computed from beside it). Figures are read, not only given: the peers' velocity,
// and the readings of lib/report/narratives/figure-readings.ts where the peer comparison does not judge a figure.
import type { Template } from "./narratives/types";

export const SALES_NARRATIVE = {
  velocity:
    "Sales velocity is the revenue your pipeline delivers each day: the qualified opportunities being worked at " +
    "one time, times the average won deal, times the win rate, divided by the length of the sales cycle. Your " +
    "count of new qualified opportunities for the last 12 months is {opportunities}. With a cycle of {cycleDays}, " +
    "the number in play at any one time is {opportunitiesInFlight}. With an average won deal of {averageDeal} and " +
    "your unit win rate, your pipeline delivers about {velocityPerDay} a day, or {velocityPerYear} a year. " +
    "{velocityAgainstPeers}. {velocityLesson}.",
  // The compounding lesson that fits the velocity against the peers' (VELOCITY_READING), printed as
  // {velocityLesson}; without peers, lessonLevel.
  lessonAhead:
    "The arithmetic also runs the other way: ten percent worse on each of the four factors would cut velocity by " +
    "about a third, so guard all four rather than only the one that slips first",
  lessonLevel:
    "Small gains compound: ten percent more opportunities, ten percent larger deals, a ten percent better win rate " +
    "and a cycle ten percent shorter lift velocity by 48%, not 40%",
  lessonBehind:
    "Because the factors multiply, modest steps on several of them add up fast: ten percent better on all four " +
    "lifts velocity by 48%, as much as a 48% higher win rate alone would",
  lessonFarBehind:
    "With a gap this wide, take the factors one at a time in the order of the first actions below: because they " +
    "multiply, each step raises what the others are worth",
  velocityAboveWon:
    "Sales velocity is the revenue your pipeline delivers each day: the qualified opportunities being worked at " +
    "one time, times the average won deal, times the win rate, divided by the length of the sales cycle. Your " +
    "count of new qualified opportunities for the last 12 months is {opportunities}, but the deals won or lost in " +
    "that time number only {decidedDeals}. With an average won deal of {averageDeal} and your unit win rate, that opportunity " +
    "count implies about {velocityPerDay} a day, or {velocityPerYear} a year, more than twice the {wonValue} you " +
    "report winning, so check the opportunity count first: it may include leads that never passed qualification, " +
    "or deals that stalled and were never closed.",
  velocityBelowWon:
    "Sales velocity is the revenue your pipeline delivers each day: the qualified opportunities being worked at " +
    "one time, times the average won deal, times the win rate, divided by the length of the sales cycle. Your " +
    "count of new qualified opportunities for the last 12 months is {opportunities}, yet the deals won or lost in " +
    "that time number {decidedDeals}. With an average won deal of {averageDeal} and your unit win rate, that opportunity " +
    "count implies about {velocityPerDay} a day, or {velocityPerYear} a year, less than half the {wonValue} you " +
    "report winning, so check the opportunity count first: it may leave out renewals, expansions or deals that " +
    "partners brought in.",
  velocityMissing:
    "We could not work out your sales velocity because some of your sales numbers were left blank. Add them — " +
    "new qualified opportunities, deals won and their value, and deals lost — and you can see what each lever " +
    "is worth in revenue per day.",
  // Printed only when the peer comparison does not give both rates (build-report.ts): each figure with its standing.
  winRates: "{unitWinRateReading}. {valueWinRateReading}.",
  valueBelowUnit:
    "Your value win rate is below your unit win rate: your team wins more of the smaller deals than of the larger " +
    "ones. Look at how large deals are qualified, staffed and priced — that is where the missing revenue sits.",
  valueAboveUnit:
    "Your value win rate is above your unit win rate: your team wins the larger deals more often than the small " +
    "ones. Check that small deals are worth their selling time, or serve them through a lighter, cheaper motion.",
  openDeals:
    "Your open deals, {openDeals} in all and worth {openValue}, are left out of the win rate until they are decided, " +
    "but they already take selling time, so review the oldest first and close out those with no recent buyer activity.",
  quota: "{quotaAttainmentReading}. {sellersAtQuotaReading}.",
} as const satisfies Record<string, Template>;
