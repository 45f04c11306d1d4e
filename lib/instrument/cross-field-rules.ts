// Rules that relate several answers of one step. They run on the step schema and on the whole-response schema,
// so the form and the server report the same problem on the same field. Each rule reads only values of the
// right type: a field that is itself invalid already has its own message.
import { MESSAGES } from "./messages";
import { CONTACT_FIELD_IDS, COUNT_VALUE_PAIRS, PART_A_IDS, PART_B_IDS } from "./question-ids";

export type ReportIssue = (questionId: string, message: string) => void;
export type CrossFieldRule = (answers: Record<string, unknown>, report: ReportIssue) => void;

const numberAt = (answers: Record<string, unknown>, id: string) =>
  typeof answers[id] === "number" ? (answers[id] as number) : undefined;

/** Contact details are personal data: we keep them only with explicit consent. */
const contactNeedsConsent: CrossFieldRule = (answers, report) => {
  if (answers[PART_A_IDS.consent] === true) return;
  for (const id of CONTACT_FIELD_IDS) {
    if (answers[id] !== undefined) report(id, MESSAGES.contactNeedsConsent);
  }
};

/** A total value without its count cannot give an average deal size or a value win rate. */
const valueNeedsCount: CrossFieldRule = (answers, report) => {
  for (const pair of COUNT_VALUE_PAIRS) {
    const value = numberAt(answers, pair.value);
    if (value === undefined) continue;
    const count = answers[pair.count];
    if (count === undefined) report(pair.value, MESSAGES.valueNeedsCount(pair.noun));
    else if (count === 0 && value > 0) report(pair.value, MESSAGES.valueWithoutDeals(pair.noun));
  }
};

const cycleNeedsWonDeals: CrossFieldRule = (answers, report) => {
  if (answers[PART_B_IDS.cycleDays] === undefined) return;
  if (answers[PART_B_IDS.wonCount] === 0) report(PART_B_IDS.cycleDays, MESSAGES.cycleNeedsWins);
};

/** Values in unknown currencies cannot be compared with peers, so the currency is required once money appears. */
const valuesNeedCurrency: CrossFieldRule = (answers, report) => {
  const anyValue = COUNT_VALUE_PAIRS.some((pair) => answers[pair.value] !== undefined);
  if (anyValue && answers[PART_B_IDS.currency] === undefined) report(PART_B_IDS.currency, MESSAGES.currencyNeeded);
};

/**
 * Keyed by section id. "Deals won cannot exceed won + lost + open" needs no rule of its own: it follows from
 * every count being a whole number of 0 or more, which the field schemas already require.
 */
export const CROSS_FIELD_RULES: Readonly<Record<string, readonly CrossFieldRule[]>> = {
  "a.contact": [contactNeedsConsent],
  "b.numbers": [valueNeedsCount, cycleNeedsWonDeals, valuesNeedCurrency],
};

export function rulesForSections(sectionIds: readonly string[]): CrossFieldRule[] {
  return sectionIds.flatMap((id) => CROSS_FIELD_RULES[id] ?? []);
}
