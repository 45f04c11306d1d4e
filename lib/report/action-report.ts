// The first actions as the report document stores them: the money at stake from the participant's numbers against
// their peers, the picks (five, three for a very small team), each with its title, why, amount, 30/60/90-day plan
// fitted to the company and, when staged, the stage it starts in; the order-of-attack paragraphs above them; and
// the links from the detailed analysis to the action about each question.
import type { Answers, Instrument } from "@/lib/instrument";
import { compareHardNumbers, type PeerSnapshot, type SalesAnalysis, type ScoreResult } from "@/lib/scoring";
import { scalingText, stagingText } from "./action-order-text";
import { stagePicks, standingOf, type StagedPick } from "./action-stages";
import { leverGaps, type Lever } from "./action-stakes";
import { leadText, stakeBasis, stakeNote, whyText } from "./action-text";
import { roundMoney } from "./format";
import { ACTION_COUNT, SMALL_TEAM_ACTION_COUNT, pickActions, type ActionPick } from "./actions";
import { figureSignals, holds } from "./conditions";
import type { Action, ActionRef, SectionReport } from "./document";
import { narrativeFor } from "./narratives";
import { planFor } from "./narratives/action-plans";
import type { VariantCondition } from "./narratives/action-plan-variants";

export interface FirstActionsInput {
  answers: Answers;
  score: ScoreResult;
  peers: PeerSnapshot | null;
  source: Instrument;
  sales: SalesAnalysis;
}

export interface FirstActions {
  actions: Action[];
  /** The order-of-attack paragraph printed above the actions. */
  lead: { key: string; text: string }[];
  /** The action about each question id, including questions an action covers. */
  refs: Map<string, ActionRef>;
}

const anchorOf = (questionId: string) => `action-${questionId.replaceAll(".", "-")}`;

function actionOf(pick: ActionPick, currency: string | null, applies: (condition: VariantCondition) => boolean): Action {
  const titles = narrativeFor(pick.question.id)?.actions;
  const action: Action = {
    kind: pick.kind,
    questionId: pick.question.id,
    section: pick.section.title,
    title: titles ? titles[pick.kind === "KEEP" ? "keep" : pick.kind === "STOP" ? "stop" : "change"] : pick.question.label,
    text: whyText(pick, currency),
    anchor: anchorOf(pick.question.id),
    plan: planFor(pick.question.id, pick.kind, pick.answer, applies),
  };
  const { stake } = pick;
  if (!stake) return action;
  const lever = (Object.keys(stake.byLever) as Lever[]).sort((a, b) => stake.byLever[b]! - stake.byLever[a]!)[0];
  // A strength shows the lead it carries when there is one; it needs no note when there is none.
  if (pick.kind === "KEEP") {
    return lever && stake.amount! > 0 ? { ...action, stake: { amount: roundMoney(stake.amount!), currency, lever, basis: stakeBasis(stake, "lead") } } : action;
  }
  const note = stakeNote(stake);
  if (note) action.stakeNote = note;
  if (!lever) return { ...action, stake: null };
  return { ...action, stake: { amount: roundMoney(stake.amount!), currency, lever, basis: stakeBasis(stake, "gap") } };
}

/**
 * The yearly revenue the gaps are priced on: velocity × 365, unless the report says the figures disagree (velocity ×
 * 365 more than 2× away from the value won, docs/methodology.md §6); then the value the participant reports winning,
 * so no amount rests on the opportunity count the report has just asked them to check.
 */
export function yearlyRevenueBase(sales: SalesAnalysis): number | null {
  const agrees = (sales.consistency?.verdict ?? "agrees") === "agrees";
  if (!agrees) return sales.numbers.wonValue;
  return sales.velocityPerYear.status === "ok" ? sales.velocityPerYear.value : null;
}

export function firstActions({ answers, score, peers, source, sales }: FirstActionsInput): FirstActions {
  const hardNumbers = compareHardNumbers(sales, peers?.hardNumbers);
  const gaps = leverGaps({
    velocityPerYear: yearlyRevenueBase(sales),
    hardNumbers,
    numberIndex: score.indices.number.score,
    numberMedian: peers?.medians.number ?? null,
    countEnough: figureSignals(sales, hardNumbers).has("opportunities-enough"),
  });
  const applies = (condition: VariantCondition) => holds(condition, { answers, signals: new Set() });
  const verySmall = applies("very-small-team");
  const count = verySmall ? SMALL_TEAM_ACTION_COUNT : ACTION_COUNT;
  const picked = pickActions({ answers, source, sectionScores: score.sectionScores, gaps, hardNumbers, count });
  const standing = standingOf(score.companyCategory?.name ?? null, gaps, picked);
  // A weak company's actions, and a very small team's, are staged; the others run side by side.
  const staged: StagedPick[] | null = standing === "weak" || verySmall ? stagePicks(picked) : null;
  const picks = staged ? staged.map((entry) => entry.pick) : picked;
  const currency = sales.numbers.currency;
  const actions = picks.map((pick, index) => {
    const action = actionOf(pick, currency, applies);
    return staged ? { ...action, stage: staged[index]!.stage } : action;
  });
  const refs = new Map<string, ActionRef>();
  picks.forEach((pick, index) => {
    const ref = { anchor: actions[index]!.anchor!, number: index + 1, title: actions[index]!.title };
    for (const question of [pick.question, ...(pick.prerequisite?.covered ?? [])]) refs.set(question.id, ref);
  });
  const lead = [{ key: "actions:lead", text: leadText(gaps, currency, picks.some((pick) => pick.kind !== "KEEP"), staged !== null) }];
  if (staged) lead.push({ key: "actions:stages", text: stagingText(staged, verySmall ? "very-small-team" : "many-gaps") });
  const scaling = standing === "strong" ? scalingText(picks.map((pick) => pick.kind)) : null;
  if (scaling) lead.push({ key: "actions:scale", text: scaling });
  return { actions, lead, refs };
}

/** The detailed-analysis sections with each paragraph that has a first action linked to it. */
export function linkActions(sections: SectionReport[], refs: ReadonlyMap<string, ActionRef>): SectionReport[] {
  return sections.map((section) => ({
    ...section,
    paragraphs: section.paragraphs.map((paragraph) => {
      const ref = refs.get(paragraph.questionId);
      return ref ? { ...paragraph, actionRef: ref } : paragraph;
    }),
  }));
}
