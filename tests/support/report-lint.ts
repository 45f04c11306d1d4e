// Report lint: what a careful reader of a finished report would object to, checked on the stored document.
// Each check returns the problems it finds as short strings, so a failing property test prints what to fix.
import { PART_B_IDS, type Answers } from "@/lib/instrument";
import type { ReportDocument } from "@/lib/report/document";
import { formatCount, formatDays, formatMoney, formatPercent, formatRate } from "@/lib/report/format";

export type LintSection = { name: string; texts: string[]; numbers: string[] };

const percent = (value: number | null) => (value === null ? [] : [formatPercent(value)]);

/** The report cut the way a reader meets it: the executive summary, each detailed and personal section. */
export function lintSections(doc: ReportDocument): LintSection[] {
  const { executive, summary } = doc;
  const scores = [summary.overall, summary.personal].flatMap((s) => [
    ...percent(s.score),
    ...percent(s.peerMedian),
    ...(s.relative ? [formatPercent(s.relative.percent), formatPercent(100 - s.relative.percent)] : []),
  ]);
  const executiveSection = {
    name: "executive summary",
    texts: [
      ...executive.overall.map((p) => p.text),
      ...executive.indices.flatMap((index) => [index.explains, ...index.paragraphs.map((p) => p.text)]),
      ...executive.sales.paragraphs.map((p) => p.text),
    ],
    numbers: [...scores, ...executive.indices.flatMap((index) => [...percent(index.score), ...percent(index.peerMedian)])],
  };
  const sections = [...doc.detailed, ...doc.personal.sections].map((section) => ({
    name: section.title,
    texts: section.paragraphs.map((p) => p.text),
    numbers: [...percent(section.score), ...percent(section.peerMedian)],
  }));
  const personal = { name: "personal index", texts: doc.personal.paragraphs.map((p) => p.text), numbers: scores };
  return [executiveSection, ...sections, personal];
}

/**
 * Every paragraph of the report with where it sits. Action texts are left out: until issue 12 §4 (the actions
 * branch) they repeat their detailed-analysis paragraph by design.
 */
export function paragraphTexts(doc: ReportDocument): { where: string; text: string }[] {
  return [
    ...doc.executive.overall.map((p) => ({ where: p.key, text: p.text })),
    ...doc.executive.indices.flatMap((index) => [
      { where: `${index.key}:explains`, text: index.explains },
      ...index.paragraphs.map((p) => ({ where: p.key, text: p.text })),
    ]),
    ...doc.executive.sales.paragraphs.map((p) => ({ where: p.key, text: p.text })),
    ...(doc.executive.peerNumbers?.rows ?? []).map((row) => ({ where: `peer:${row.metric}`, text: row.text })),
    ...(doc.executive.actionsLead ?? []).map((p) => ({ where: p.key, text: p.text })),
    ...doc.executive.actions.map((action) => ({ where: `action:${action.questionId}`, text: action.text })),
    ...[...doc.detailed, ...doc.personal.sections].flatMap((s) => s.paragraphs.map((p) => ({ where: p.key, text: p.text }))),
    ...doc.personal.paragraphs.map((p) => ({ where: p.key, text: p.text })),
    ...(doc.pipeline?.paragraphs ?? []).map((p) => ({ where: p.key, text: p.text })),
    ...[...(doc.sinceLastTime?.paragraphs ?? []), ...(doc.sinceLastTime?.notes ?? [])].map((p) => ({ where: p.key, text: p.text })),
  ].filter((p) => p.text !== "");
}

export function duplicateParagraphs(doc: ReportDocument): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { where, text } of paragraphTexts(doc)) {
    const first = seen.get(text);
    if (first) problems.push(`paragraph printed twice (${first} and ${where}): "${text.slice(0, 80)}…"`);
    else seen.set(text, where);
  }
  return problems;
}

/** The participant's own figures as the report formats them, from the document's sales numbers. */
export function hardFigures(doc: ReportDocument): Record<string, string> {
  const sales = doc.executive.sales;
  const money = (value: number | null | undefined) => (value === null || value === undefined ? undefined : formatMoney(value, sales.currency));
  const rate = (value: number | null) => (value === null ? undefined : formatRate(value));
  const count = (value: number | null | undefined) => (value === null || value === undefined ? undefined : formatCount(value));
  const { won, lost, open } = sales.winRates;
  const decided = won.count === null || lost.count === null ? undefined : formatCount(won.count + lost.count);
  const figures: Record<string, string | undefined> = {
    unitWinRate: rate(sales.winRates.unit),
    valueWinRate: rate(sales.winRates.value),
    averageDeal: money(sales.averageDeal),
    cycleDays: sales.cycleDays === null ? undefined : formatDays(sales.cycleDays),
    opportunities: count(sales.opportunities),
    openDeals: count(open.count),
    openValue: money(open.value),
    velocityPerDay: money(sales.velocityPerDay),
    velocityPerYear: money(sales.velocityPerYear),
    opportunitiesInFlight: count(sales.opportunitiesInFlight),
    wonValue: money(won.value),
    decidedDeals: decided,
    quotaAttainment: sales.quotaAttainment === null ? undefined : formatPercent(sales.quotaAttainment),
    sellersAtQuota: sales.sellersAtQuota === null ? undefined : formatPercent(sales.sellersAtQuota),
  };
  return Object.fromEntries(Object.entries(figures).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/**
 * Occurrences of a formatted figure as a whole figure: "$30,000" is not inside "$30,000,000", and a count of 45 is
 * not "45%", "45 days" or "45 CHF".
 */
export function occurrences(text: string, figure: string): number {
  const bare = /^[\d,.]+$/.test(figure);
  let count = 0;
  for (let at = text.indexOf(figure); at !== -1; at = text.indexOf(figure, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text.slice(at + figure.length);
    if (/[\d.,$€£¥₹]/.test(before) || /^(\d|[.,]\d)/.test(after)) continue;
    if (bare && /^(%| days| times| [A-Z]{3,}\b)/.test(after)) continue;
    count += 1;
  }
  return count;
}

/**
 * A figure at most once per section. Figures whose text also stands for something else in that section (an
 * index score of 60% beside 60% at quota) or appears in the library's own prose ("the last 12 months") are
 * counted as often as they can legitimately appear.
 */
export function repeatedFigures(doc: ReportDocument, prose: ReadonlySet<string>): string[] {
  const figures = hardFigures(doc);
  const problems: string[] = [];
  for (const section of lintSections(doc)) {
    // The company's name is the participant's own text, not a figure ("Studio 42" holds no count). It is taken out
    // only where it stands whole: a company called "6" leaves "60%" alone rather than turning it into "0%".
    const company = doc.participant?.company;
    const joined = section.texts.join("\n");
    const whole = company ? new RegExp(`(?<![\\w$€£¥₹.,])${company.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w%])`, "g") : null;
    const text = whole ? joined.replace(whole, "") : joined;
    const byText = new Map<string, string[]>();
    for (const [name, figure] of Object.entries(figures)) byText.set(figure, [...(byText.get(figure) ?? []), name]);
    for (const [figure, names] of byText) {
      if (prose.has(figure) || section.numbers.includes(figure)) continue;
      const count = occurrences(text, figure);
      if (count > names.length) problems.push(`${section.name}: ${names.join("/")} ${figure} printed ${count} times`);
    }
  }
  return problems;
}

/** velocity × 365 = yearly opportunities × average won deal × unit win rate, as the document stores them. */
export function velocityArithmetic(doc: ReportDocument): string[] {
  const { velocityPerDay, velocityPerYear, opportunities, averageDeal, winRate } = doc.executive.sales;
  if (velocityPerDay === null) return [];
  if (opportunities === null || averageDeal === null || winRate === null) return ["velocity printed without its inputs"];
  const expected = opportunities * averageDeal * winRate;
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const problems: string[] = [];
  if (!close(velocityPerDay * 365, expected)) problems.push(`velocity × 365 = ${velocityPerDay * 365}, expected ${expected}`);
  if (velocityPerYear !== undefined && velocityPerYear !== null && !close(velocityPerYear, velocityPerDay * 365))
    problems.push(`velocityPerYear ${velocityPerYear} is not velocity × 365`);
  return problems;
}

/** For figures that agree with each other, the revenue velocity implies is within 2× of the value won. */
export function velocityAgainstWon(doc: ReportDocument): string[] {
  const { velocityPerDay, winRates } = doc.executive.sales;
  const won = winRates.won.value;
  if (velocityPerDay === null || won === null || won <= 0) return [];
  const ratio = (velocityPerDay * 365) / won;
  return ratio > 2 || ratio < 0.5 ? [`velocity × 365 is ${ratio.toFixed(2)}× the value won`] : [];
}

/** Sentences the issue found standing next to the answer or figure that contradicts them. */
export function literalContradictions(doc: ReportDocument, answers: Answers): string[] {
  const texts = paragraphTexts(doc);
  const problems: string[] = [];
  const has = (pattern: RegExp) => texts.filter((p) => pattern.test(p.text));
  const noCrm = answers["c.methodology.crm-age"] === "no-crm";
  if (noCrm) {
    // The participant's own use of a CRM (Part D) and the CRM-age paragraph itself may name one.
    const ownCrm = /^(c\.methodology\.crm-age|d\.systems\.crm-relationship:(obligation|sometimes-useful|runs-my-business))/;
    for (const p of has(/\b(the|your) CRM\b/)) if (!ownCrm.test(p.where) && !p.where.endsWith(":explains")) problems.push(`no CRM, yet ${p.where} says "${p.text.slice(0, 90)}…"`);
  }
  for (const p of has(/If your company has a CRM|either because your company has none|If you win a clearly smaller share/))
    problems.push(`${p.where} leaves a hedge the answers already settle`);
  const quota = typeof answers[PART_B_IDS.quotaAttainment] === "number" ? (answers[PART_B_IDS.quotaAttainment] as number) : null;
  if (quota !== null && quota >= 100)
    for (const p of has(/shortage of qualified opportunities|do not create nearly enough qualified opportunities/))
      problems.push(`${p.where} calls opportunities short although the team reached ${formatPercent(quota)} of quota`);
  const { unit, value } = doc.executive.sales.winRates;
  if (unit !== null && value !== null && Math.abs(unit - value) < 0.05)
    for (const p of has(/where the missing revenue sits/)) problems.push(`${p.where} warns about a value/unit gap under 5 points`);
  for (const p of has(/\bfind finding\b|\b0% of (your )?peers\b|as well as or better than 0%|did not score better/))
    problems.push(`${p.where} reads badly: "${p.text.slice(0, 90)}…"`);
  const study = texts.filter((p) => /\bstudy\b/i.test(p.text));
  if (study.length > 0 && !/Dealmaker Index Global Sales Benchmark Study/.test(study[0]!.text))
    problems.push(`${study[0]!.where} mentions a study before naming it`);
  if (texts.filter((p) => /Dealmaker Index Global Sales Benchmark Study/.test(p.text)).length > 1) problems.push("the study is named more than once");
  return problems;
}
