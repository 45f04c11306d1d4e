// Report lint for the "Since last time" part: every verdict follows from its figures, and every sentence of the
// paragraph says what the rows hold — the right figures then and now, the peers' medians at both dates, a verb that
// points the way the figures moved, the largest changes named first, and no sentence the lint cannot account for.
import { METRICS } from "@/lib/report/change-figures";
import { formatChange, formatPoint } from "@/lib/report/change-format";
import { changeFloor, changeWeight } from "@/lib/report/change-rule";
import type { ReportDocument } from "@/lib/report/document";
import { NAMED_EACH_WAY } from "@/lib/report/since-paragraphs";
import type { ChangeRow } from "@/lib/report/since-last-time-schema";

const CHANGE = /^Your (.+) (rose|fell|shortened|lengthened) from (.+) to (.+); your peers' median was (.+?) (?:then and is (.+) now|at both dates|then)\.$/;

function rowProblems(row: ChangeRow): string[] {
  const problems: string[] = [];
  const { then, now } = row;
  const meaningful = row.verdict === "improved" || row.verdict === "declined";
  if ((row.change === null) !== (row.verdict === "not-comparable")) problems.push(`${row.metric}: a change of ${row.change} is ${row.verdict}`);
  if (row.reason === "currency" && row.currencies?.then === row.currencies?.now && row.currencies?.then !== "other")
    problems.push(`${row.metric}: not compared for currency, yet both in ${row.currencies?.then}`);
  if (row.change === null || then.value === null || now.value === null) return problems;
  if (Math.abs(row.change - (now.value - then.value)) > 1e-9 * Math.max(1, Math.abs(now.value))) problems.push(`${row.metric}: change is not now − then`);
  if (meaningful || row.verdict === "steady") {
    if (row.threshold === null || row.threshold < changeFloor(row.unit, then.value, now.value)) problems.push(`${row.metric}: threshold below its floor`);
    else if (meaningful !== Math.abs(row.change) >= row.threshold) problems.push(`${row.metric}: ${row.verdict} with |change| ${Math.abs(row.change)} against ${row.threshold}`);
  }
  const better = row.lowerIsBetter ? row.change < 0 : row.change > 0;
  if (meaningful && better !== (row.verdict === "improved")) problems.push(`${row.metric}: ${row.verdict} although the figure moved the other way`);
  if (meaningful && formatPoint(row, "then", "value") === formatPoint(row, "now", "value")) problems.push(`${row.metric}: ${row.verdict} but prints the same figure`);
  const words = formatChange(row)!;
  const printedUp = words.startsWith("up"), printedDown = words.startsWith("down");
  if ((printedUp && now.value < then.value) || (printedDown && now.value > then.value)) problems.push(`${row.metric}: "${words}" against ${then.value} → ${now.value}`);
  if (row.verdict === "improved" && !/better/.test(row.verdictText)) problems.push(`${row.metric}: improved, but the table says "${row.verdictText}"`);
  if (row.verdict === "declined" && !/worse/.test(row.verdictText)) problems.push(`${row.metric}: declined, but the table says "${row.verdictText}"`);
  return problems;
}

function changeSentenceProblems(sentence: RegExpExecArray, rows: ChangeRow[]): { problems: string[]; row?: ChangeRow } {
  const [, noun, verb, then, now, peerThen, peerNow] = sentence;
  const row = rows.find((candidate) => METRICS[candidate.metric].noun.toLowerCase() === noun!.toLowerCase());
  if (!row) return { problems: [`a sentence names "${noun}", which no row holds`] };
  const problems: string[] = [];
  if (row.verdict !== "improved" && row.verdict !== "declined") problems.push(`${row.metric} is named although it is ${row.verdict}`);
  const up = row.now.value! > row.then.value!;
  if ((verb === "rose" || verb === "lengthened") !== up) problems.push(`${row.metric}: "${verb}" for ${row.then.value} → ${row.now.value}`);
  if (then !== formatPoint(row, "then", "value") || now !== formatPoint(row, "now", "value")) problems.push(`${row.metric}: the sentence's figures ${then} → ${now} are not the table's`);
  if (peerThen !== formatPoint(row, "then", "peerMedian")) problems.push(`${row.metric}: the peers' median then reads ${peerThen}`);
  const peersNow = row.now.peerMedian === null ? null : formatPoint(row, "now", "peerMedian");
  if (peerNow !== undefined ? peerNow !== peersNow : sentence[0].includes("at both dates") ? peersNow !== peerThen : peersNow !== null)
    problems.push(`${row.metric}: the peers' median now is misstated`);
  return { problems, row };
}

/** Everything in the part that a careful reader would object to. */
export function sinceLastTimeProblems(doc: ReportDocument): string[] {
  const since = doc.sinceLastTime;
  if (!since) return [];
  const rows = since.rows;
  const problems = rows.flatMap(rowProblems);
  const improved = rows.filter((row) => row.verdict === "improved");
  const declined = rows.filter((row) => row.verdict === "declined");
  const judged = rows.filter((row) => ["improved", "declined", "steady"].includes(row.verdict));
  const named: ChangeRow[] = [];
  let more = 0;
  for (const sentence of since.paragraphs.flatMap((p) => p.text.split(/(?<=[.!?])\s+(?=[A-Z])/))) {
    const change = CHANGE.exec(sentence);
    if (change) {
      const checked = changeSentenceProblems(change, rows);
      problems.push(...checked.problems);
      if (checked.row) named.push(checked.row);
    } else if (/some for the better, some for the worse\.$/.test(sentence)) {
      if (improved.length === 0 || declined.length === 0) problems.push("says changes went both ways");
    } else if (/moved for the (better|worse)\.$/.test(sentence)) {
      const way = sentence.endsWith("better.") ? improved : declined;
      if (way.length === 0 || improved.length * declined.length > 0) problems.push(`"${sentence}" does not fit the verdicts`);
    } else if (/^(One|\w+) more changes? (is|are) large enough to count/.test(sentence)) {
      const words = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve"];
      more = words.indexOf(sentence.split(" ")[0]!) + 1;
    } else if (sentence.startsWith("Nothing has changed meaningfully")) {
      if (improved.length + declined.length > 0 || judged.length === 0) problems.push("says nothing changed meaningfully");
    } else if (sentence.startsWith("There is no spread of your peers' figures")) {
      if (judged.length > 0) problems.push("says there is no spread to judge by");
    } else problems.push(`a sentence the lint cannot account for: "${sentence}"`);
  }
  for (const [way, all] of [["improved", improved], ["declined", declined]] as const) {
    const mine = named.filter((row) => row.verdict === way);
    if (mine.length !== Math.min(NAMED_EACH_WAY, all.length)) problems.push(`${mine.length} ${way} changes named of ${all.length}`);
    const lightest = Math.min(...mine.map(changeWeight));
    const passedOver = all.filter((row) => !mine.includes(row) && changeWeight(row) > lightest);
    if (passedOver.length > 0) problems.push(`${passedOver.map((row) => row.metric).join(", ")} outweigh a named ${way} change`);
  }
  if (more !== improved.length + declined.length - named.length) problems.push(`says ${more} more changes, not ${improved.length + declined.length - named.length}`);
  if (since.trends.length > 0 && since.earlierReports < 3) problems.push(`trends with ${since.earlierReports} earlier reports`);
  for (const trend of since.trends) if (trend.points.filter((point) => point.score !== null).length < 2) problems.push(`${trend.metric}: a trend of one point`);
  const scoredTwice = rows.filter((row) => METRICS[row.metric].unit === "index" && row.then.value !== null && row.now.value !== null);
  if (since.earlierReports >= 3 && scoredTwice.some((row) => !since.trends.some((trend) => trend.metric === row.metric)))
    problems.push("an index scored at both dates has no trend");
  return problems;
}
