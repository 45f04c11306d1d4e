import type { CoverageVerdictWords, PipelineReport } from "@/lib/report/document";
import { formatCount, formatMoney, formatRate } from "@/lib/report/format";
import { ScrollTable } from "@/components/ui/scroll-table";

const VERDICT_CLASS: Record<CoverageVerdictWords["level"], string> = {
  "well-covered": "text-keep",
  enough: "text-keep",
  short: "text-stop",
};

export function PipelineTable({ pipeline }: { pipeline: PipelineReport }) {
  const money = (v: number | null) => (v === null ? "—" : formatMoney(v, pipeline.currency));
  // Reports stored before the target named its period have no verdicts: they keep the columns they had.
  const withVerdicts = pipeline.stages.some((stage) => stage.verdict !== undefined);
  const targetLabel = pipeline.period === "next-quarter" ? "Target for next quarter" : "Period target";
  return (
    <div className="space-y-3">
      <p className="font-medium">
        {targetLabel}: {money(pipeline.target)}
      </p>
      {pipeline.paragraphs.map((p) => (
        <p key={p.key}>{p.text}</p>
      ))}
      <ScrollTable label="Pipeline coverage by stage">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">Pipeline coverage by stage against the {targetLabel.toLowerCase()}</caption>
          <thead className="border-b border-line">
            <tr>
              <th scope="col" className="py-2">Stage</th>
              <th scope="col">Deals</th>
              <th scope="col">Value now</th>
              <th scope="col">Win rate from here</th>
              <th scope="col">Value factor</th>
              <th scope="col">Needed</th>
              <th scope="col">Coverage</th>
              {withVerdicts && <th scope="col">Verdict</th>}
            </tr>
          </thead>
          <tbody>
            {pipeline.stages.map((stage) => (
              <tr key={stage.name} className="border-b border-line">
                <th scope="row" className="py-2 font-medium">{stage.name}</th>
                <td>{formatCount(stage.count)}</td>
                <td>{money(stage.value)}</td>
                <td>{stage.conversion === null ? "—" : formatRate(stage.conversion)}</td>
                <td>{stage.pipelineValueFactor === null ? "—" : `${stage.pipelineValueFactor.toFixed(1)}×`}</td>
                <td>{money(stage.requiredValue)}</td>
                <td className={stage.coverage !== null && stage.coverage < 1 ? "font-semibold text-stop" : "font-semibold text-keep"}>
                  {stage.coverage === null ? "—" : formatRate(stage.coverage)}
                </td>
                {withVerdicts && (
                  <td className={stage.verdict ? `font-semibold ${VERDICT_CLASS[stage.verdict.level]}` : undefined}>
                    {stage.verdict?.text ?? "—"}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
