// The words of the "Since last time" part: one paragraph naming the largest meaningful changes (at most two each
// way, the weightiest first) with both figures and the peers' median at each date, or a plain statement that nothing
// moved meaningfully; and the notes that qualify the comparison.
import { changeWeight } from "./change-rule";
import { METRICS, currencyOf, velocityComparable } from "./change-figures";
import { formatPoint } from "./change-format";
import type { ReportDocument } from "./document";
import { formatReportDate } from "./format";
import { renderTemplate, type Figures } from "./render-template";
import { SINCE_NARRATIVE, type SincePlaceholder } from "./since-narrative";
import type { ChangeRow } from "./since-last-time-schema";

/** At most this many improvements, and as many declines, are named; the table holds the rest. */
export const NAMED_EACH_WAY = 2;

type Paragraph = { key: string; text: string };

/** "your report of March 9, 2026", or "your previous report" for a date that cannot be read. */
export function previousReportWords(completedAt: string): string {
  const date = new Date(completedAt);
  return Number.isNaN(date.getTime()) ? "your previous report" : `your report of ${formatReportDate(date)}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const COUNT_WORDS = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve"];
/** A count that opens a sentence, in words. */
const countWords = (count: number) => COUNT_WORDS[count] ?? String(count);

function changeSentence(row: ChangeRow): string {
  const info = METRICS[row.metric];
  const up = row.now.value! > row.then.value!;
  const verb = info.unit === "days" ? (up ? "lengthened" : "shortened") : up ? "rose" : "fell";
  const figures: Figures<SincePlaceholder> = {
    subject: capitalised(`your ${info.noun}`),
    verb,
    then: formatPoint(row, "then", "value"),
    now: formatPoint(row, "now", "value"),
    peerThen: formatPoint(row, "then", "peerMedian"),
  };
  const peerNow = row.now.peerMedian === null ? null : formatPoint(row, "now", "peerMedian");
  const { change } = SINCE_NARRATIVE;
  if (peerNow === null) return renderTemplate(change.peersThenOnly, figures);
  if (peerNow === figures.peerThen) return renderTemplate(change.peersSame, figures);
  return renderTemplate(change.peersMoved, { ...figures, peerNow });
}

/** The weightiest meaningful changes of one direction, in the order they are named. */
function strongest(rows: ChangeRow[], verdict: "improved" | "declined"): ChangeRow[] {
  return rows.filter((row) => row.verdict === verdict).sort((a, b) => changeWeight(b) - changeWeight(a));
}

export function changeParagraph(rows: ChangeRow[], previousCompletedAt: string): Paragraph {
  const previousReport = previousReportWords(previousCompletedAt);
  const [improved, declined] = [strongest(rows, "improved"), strongest(rows, "declined")];
  const judged = rows.filter((row) => ["improved", "declined", "steady"].includes(row.verdict));
  if (judged.length === 0) return { key: "since:no-spread", text: renderTemplate(SINCE_NARRATIVE.noSpread, { previousReport }) };
  if (improved.length + declined.length === 0) return { key: "since:nothing", text: renderTemplate(SINCE_NARRATIVE.nothing, { previousReport }) };
  const { opening } = SINCE_NARRATIVE;
  const lead = improved.length > 0 && declined.length > 0 ? opening.mixed : improved.length > 0 ? opening.improved : opening.declined;
  const named = [...improved.slice(0, NAMED_EACH_WAY), ...declined.slice(0, NAMED_EACH_WAY)];
  const more = improved.length + declined.length - named.length;
  const rest =
    more === 0 ? [] : [more === 1 ? SINCE_NARRATIVE.moreOne : renderTemplate(SINCE_NARRATIVE.moreMany, { moreCount: countWords(more) })];
  return { key: "since:changes", text: [renderTemplate(lead, { previousReport }), ...named.map(changeSentence), ...rest].join(" ") };
}

function currencyWords(currency: string | null): string {
  if (currency === null) return "without a currency";
  return currency === "other" ? "in a currency not on the survey's list" : `in ${currency.toUpperCase()}`;
}

/** What the comparison leaves out or qualifies, each note only where it applies. */
export function changeNotes(previous: ReportDocument, current: ReportDocument, rows: ChangeRow[]): Paragraph[] {
  const notes: Paragraph[] = [];
  const { notes: text } = SINCE_NARRATIVE;
  const money = rows.filter((row) => row.unit === "money" && row.then.value !== null && row.now.value !== null);
  const [currencyThen, currencyNow] = [currencyOf(previous), currencyOf(current)];
  if (money.some((row) => row.reason === "currency")) {
    notes.push(
      currencyThen === currencyNow
        ? { key: "since:unknown-currency", text: text.unknownCurrency }
        : { key: "since:currency", text: renderTemplate(text.currency, { currencyThen: currencyWords(currencyThen), currencyNow: currencyWords(currencyNow) }) },
    );
  }
  if (money.some((row) => row.reason === "definition") && !velocityComparable(previous)) notes.push({ key: "since:velocity", text: text.velocity });
  const [groupThen, groupNow] = [previous.peerGroup?.label, current.peerGroup?.label];
  if (groupThen && groupNow && groupThen !== groupNow) {
    notes.push({ key: "since:peer-group", text: renderTemplate(text.peerGroup, { groupThen, groupNow }) });
  }
  const [scoringThen, scoringNow] = [previous.versions.scoring, current.versions.scoring];
  if (scoringThen !== scoringNow) notes.push({ key: "since:scoring", text: renderTemplate(text.scoring, { scoringThen, scoringNow }) });
  return notes;
}
