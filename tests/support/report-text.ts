// A stored report document as plain text, in the order the page shows it: what the golden report files hold, so
// a change to any sentence or figure shows up in review as a readable diff.
import type { ReportDocument, SectionReport } from "@/lib/report/document";
import { formatCount, formatMoney, formatRate } from "@/lib/report/format";
import { sinceLastTimeText } from "./since-last-time-text";

const pct = (value: number | null | undefined) => (value === null || value === undefined ? "n/a" : `${value}%`);

function section(lines: string[], s: SectionReport) {
  lines.push("", `### ${s.title} — ${pct(s.score)} (peer median ${pct(s.peerMedian)})`);
  for (const p of s.paragraphs) lines.push(`- ${p.question} → ${p.answer}`, `  ${p.text}${p.actionRef ? ` [see action ${p.actionRef.number}]` : ""}`);
}

const verdictText = (verdict: unknown) => (verdict === null || verdict === undefined ? "no verdict" : JSON.stringify(verdict));

export function reportText(report: ReportDocument): string {
  const { overall, personal } = report.summary;
  const sales = report.executive.sales;
  const money = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatMoney(v, sales.currency));
  const lines: string[] = [
    `# Dealmaker Index report (report ${report.versions.report}, narrative ${report.versions.narrative}, scoring ${report.versions.scoring})`,
    ...(report.participant?.company ? [`Company: ${report.participant.company}`] : []),
    Object.values(report.profile).join(" · "),
    report.peerGroup ? `Peer group: ${report.peerGroup.label} (N = ${report.peerGroup.size})` : "No peer group",
    "",
    "## 1 · Summary",
    `Dealmaker Index ${pct(overall.score)} — ${overall.category?.name ?? "no category"}; peer median ${pct(overall.peerMedian)}; ` +
      `relative ${overall.relative ? `${overall.relative.percent}% (${overall.relative.better} of ${overall.relative.peers} scored higher)` : "n/a"}`,
    `Personal index ${pct(personal.score)} — ${personal.category?.name ?? "no category"}; peer median ${pct(personal.peerMedian)}`,
    ...report.executive.indices.map((i) => `- ${i.name}: ${pct(i.score)} (peer median ${pct(i.peerMedian)}); potential ${i.potential ?? "n/a"}`),
    "",
    "## 2 · Executive summary",
    ...report.executive.overall.map((p) => p.text),
  ];
  for (const gap of report.perceptionGaps ?? []) lines.push(`! Perception gap (${gap.where}): ${gap.headline}`);
  for (const tension of report.tensions ?? []) lines.push(`? Answers disagree (${tension.pair}): ${tension.headline}`);
  for (const index of report.executive.indices) lines.push("", `### ${index.name} — ${pct(index.score)}`, index.explains, ...index.paragraphs.map((p) => p.text));
  lines.push(
    "",
    "### Your sales numbers",
    `Velocity ${money(sales.velocityPerDay)} a day, ${money(sales.velocityPerYear)} a year; opportunities ${sales.opportunities === null ? "—" : formatCount(sales.opportunities)} ` +
      `(in flight ${sales.opportunitiesInFlight == null ? "—" : formatCount(sales.opportunitiesInFlight)}); average won deal ${money(sales.averageDeal)}; ` +
      `unit ${sales.winRates.unit === null ? "—" : formatRate(sales.winRates.unit)}, value ${sales.winRates.value === null ? "—" : formatRate(sales.winRates.value)}; ` +
      `cycle ${sales.cycleDays ?? "—"} days; consistency ${sales.consistency ?? "n/a"}`,
    ...sales.paragraphs.map((p) => p.text),
  );
  const peerNumbers = report.executive.peerNumbers;
  if (peerNumbers) {
    lines.push("", "### Your numbers against your peers");
    for (const row of peerNumbers.rows) lines.push(`- ${row.label} [${row.quartile ?? "no quartile"}, percentile ${row.percentile ?? "n/a"}, N = ${row.peers}]: ${row.text}`);
    lines.push(...peerNumbers.notes.map((note) => `(${note.text})`));
  }
  lines.push("", "### First actions", ...(report.executive.actionsLead ?? []).map((p) => p.text));
  for (const action of report.executive.actions) {
    const stake = action.stake ? `${money(action.stake.amount)} a year at stake — ${action.stake.basis}` : (action.stakeNote ?? "");
    lines.push(`- ${action.kind}: ${action.title} (${action.section}) ${stake}`.trimEnd(), ...(action.stage ? [`  Stage: ${action.stage}`] : []), `  Why: ${action.text}`);
    if (action.plan) lines.push(`  30 days: ${action.plan.days30}`, `  60 days: ${action.plan.days60}`, `  90 days: ${action.plan.days90}`);
  }
  sinceLastTimeText(lines, report);
  const pipeline = report.pipeline;
  if (pipeline) {
    lines.push("", "## Pipeline", `Target ${money(pipeline.target)} (${pipeline.period ?? "period not named"}); weighted ${money(pipeline.weightedValue)}; verdict ${verdictText(pipeline.verdict)}`);
    for (const stage of pipeline.stages) {
      lines.push(
        `- ${stage.name}: ${formatCount(stage.count)} deals, ${money(stage.value)}; conversion ${stage.conversion === null ? "—" : formatRate(stage.conversion)}; ` +
          `needs ${money(stage.requiredValue)}; coverage ${stage.coverage === null ? "—" : formatRate(stage.coverage)}; ${verdictText(stage.verdict)}`,
      );
    }
    lines.push(...pipeline.paragraphs.map((p) => p.text));
  }
  lines.push("", "## 3 · Detailed analysis");
  for (const s of report.detailed) section(lines, s);
  lines.push("", "## 4 · Personal Dealmaker Index", ...report.personal.paragraphs.map((p) => p.text));
  for (const s of report.personal.sections) section(lines, s);
  return `${lines.join("\n")}\n`;
}
