// One column per answer of the instrument. The profile and sales-number answers keep the names and places they had
// before every answer was exported; every other answer is named after its question id (dots and hyphens become
// underscores) and follows in the instrument's order. Contact details are columns of their own, written only on
// request (contact-columns.ts), and the pipeline is spread over stage columns (pipeline-columns.ts).
import { PART_A_IDS, PART_B_IDS, allQuestions, findQuestion, type ChoiceQuestion, type Instrument, type NumberQuestion, type NumberUnit, type Question } from "@/lib/instrument";
import { numberAnswer, snakeCase, textAnswer, type ExportColumn, type ExportColumnGroup } from "./export-column";

/** The answer columns the CSV had before issue 13, by header, in their order. */
export const PROFILE_COLUMNS: readonly (readonly [name: string, questionId: string])[] = [
  ["role", PART_A_IDS.role],
  ["industry", PART_A_IDS.industry],
  ["company_size", PART_A_IDS.companySize],
  ["revenue_band", PART_A_IDS.revenue],
  ["region", PART_A_IDS.region],
  ["sales_model", PART_A_IDS.salesModel],
];

export const NUMBER_COLUMNS: readonly (readonly [name: string, questionId: string])[] = [
  ["new_opportunities", PART_B_IDS.newOpportunities],
  ["won_count", PART_B_IDS.wonCount],
  ["won_value", PART_B_IDS.wonValue],
  ["lost_count", PART_B_IDS.lostCount],
  ["lost_value", PART_B_IDS.lostValue],
  ["open_count", PART_B_IDS.openCount],
  ["open_value", PART_B_IDS.openValue],
  ["cycle_days", PART_B_IDS.cycleDays],
  ["quota_attainment_pct", PART_B_IDS.quotaAttainment],
  ["sellers_at_quota_pct", PART_B_IDS.sellersAtQuota],
  ["currency", PART_B_IDS.currency],
];

const UNIT_WORDS: Record<NumberUnit, string> = {
  opportunities: "opportunities (a count)",
  deals: "deals (a count)",
  currency: "money in the participant's currency (column currency)",
  days: "days",
  percent: "percent",
};

const formatBound = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 2 });

export const optionList = (options: readonly { value: string; label: string }[]) =>
  options.map((option) => `${option.value} (${option.label})`).join("; ");

function choiceColumn(question: ChoiceQuestion, name: string, group: ExportColumnGroup): ExportColumn {
  return {
    name,
    group,
    questionId: question.id,
    meaning: question.label,
    unit: "option code",
    allowed: optionList(question.options),
    value: ({ response }) => textAnswer(response.answers, question.id),
  };
}

function numberColumn(question: NumberQuestion, name: string, group: ExportColumnGroup): ExportColumn {
  return {
    name,
    group,
    questionId: question.id,
    meaning: question.label,
    unit: UNIT_WORDS[question.unit],
    allowed: `${formatBound(question.min)} to ${formatBound(question.max)}${question.integer ? ", whole numbers" : ""}`,
    value: ({ response }) => numberAnswer(response.answers, question.id),
  };
}

/**
 * The column of a choice, number or consent question; null for the kinds that get columns elsewhere (contact
 * text, pipeline). A question kind added to the instrument fails to compile here until it is given a rule.
 */
export function answerColumn(question: Question, name: string, group: ExportColumnGroup): ExportColumn | null {
  switch (question.kind) {
    case "choice":
      return choiceColumn(question, name, group);
    case "number":
      return numberColumn(question, name, group);
    case "consent":
      return {
        name,
        group,
        questionId: question.id,
        meaning: question.label,
        unit: "yes or no",
        allowed: "true; false",
        value: ({ response }) => (typeof response.answers[question.id] === "boolean" ? (response.answers[question.id] as boolean) : null),
      };
    case "text":
    case "pipeline":
      return null;
    default: {
      const never: never = question;
      throw new Error(`No export column rule for question kind ${(never as Question).kind}`);
    }
  }
}

function named(pairs: readonly (readonly [string, string])[], group: ExportColumnGroup, source: Instrument): ExportColumn[] {
  return pairs.map(([name, id]) => {
    const question = findQuestion(id, source);
    const column = question ? answerColumn(question, name, group) : null;
    if (!column) throw new Error(`The export's column ${name} needs the choice or number question ${id}`);
    return column;
  });
}

export const profileColumns = (source: Instrument) => named(PROFILE_COLUMNS, "profile", source);
export const numberColumns = (source: Instrument) => named(NUMBER_COLUMNS, "numbers", source);

/** Every other answer with a single value, in the instrument's order. */
export function otherAnswerColumns(source: Instrument): ExportColumn[] {
  const placed = new Set([...PROFILE_COLUMNS, ...NUMBER_COLUMNS].map(([, id]) => id));
  return allQuestions(source).flatMap((question) => {
    if (placed.has(question.id)) return [];
    const column = answerColumn(question, snakeCase(question.id), "answers");
    return column ? [column] : [];
  });
}
