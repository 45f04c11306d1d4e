// Pipeline coverage: the explanation, the period target and one row per stage, as on the page.
import { Text, View } from "@react-pdf/renderer";
import type { CoverageVerdictWords, PipelineReport } from "@/lib/report/document";
import { formatCount, formatMoney, formatRate } from "@/lib/report/format";
import { COLORS, styles } from "./pdf-styles";
import { PdfTable, type PdfColumn } from "./pdf-table";

type Stage = PipelineReport["stages"][number];

const VERDICT_COLOR: Record<CoverageVerdictWords["level"], string> = {
  "well-covered": COLORS.KEEP,
  enough: COLORS.KEEP,
  short: COLORS.STOP,
};

function columnsFor(pipeline: PipelineReport): PdfColumn<Stage>[] {
  const money = (v: number | null) => (v === null ? "—" : formatMoney(v, pipeline.currency));
  // Reports stored before the target named its period have no verdicts: they keep the columns they had.
  const withVerdicts = pipeline.stages.some((stage) => stage.verdict !== undefined);
  const verdict: PdfColumn<Stage> = {
    header: "Verdict",
    weight: 2,
    align: "left",
    cell: (s) => s.verdict?.text ?? "—",
    cellStyle: (s) => (s.verdict ? { fontFamily: "Helvetica-Bold", color: VERDICT_COLOR[s.verdict.level] } : {}),
  };
  return [
    { header: "Stage", weight: 2.4, align: "left", cell: (s) => s.name, cellStyle: () => styles.bold },
    { header: "Deals", weight: 1, cell: (s) => formatCount(s.count) },
    { header: "Value now", weight: 1.8, cell: (s) => money(s.value) },
    { header: "Win rate from here", weight: 1.3, cell: (s) => (s.conversion === null ? "—" : formatRate(s.conversion)) },
    { header: "Value factor", weight: 1.1, cell: (s) => (s.pipelineValueFactor === null ? "—" : `${s.pipelineValueFactor.toFixed(1)}×`) },
    { header: "Needed", weight: 1.8, cell: (s) => money(s.requiredValue) },
    {
      header: "Coverage",
      weight: 1.2,
      cell: (s) => (s.coverage === null ? "—" : formatRate(s.coverage)),
      cellStyle: (s) => ({ fontFamily: "Helvetica-Bold", color: s.coverage !== null && s.coverage < 1 ? COLORS.STOP : COLORS.KEEP }),
    },
    ...(withVerdicts ? [verdict] : []),
  ];
}

export function PdfPipeline({ pipeline }: { pipeline: PipelineReport }) {
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={60}>
        Pipeline coverage
      </Text>
      {pipeline.paragraphs.map((p) => (
        <Text key={p.key} style={styles.paragraph}>
          {p.text}
        </Text>
      ))}
      <View wrap={false}>
        <Text style={[styles.bold, { marginBottom: 4 }]}>
          {pipeline.period === "next-quarter" ? "Target for next quarter" : "Period target"}: {formatMoney(pipeline.target, pipeline.currency)}
        </Text>
        <PdfTable columns={columnsFor(pipeline)} rows={pipeline.stages} rowKey={(s) => s.name} />
      </View>
    </View>
  );
}
