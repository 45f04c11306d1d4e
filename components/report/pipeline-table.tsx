import type { PipelineReport } from "@/lib/report/document";
import { formatCount, formatMoney, formatRate } from "@/lib/report/format";
import { ScrollTable } from "@/components/ui/scroll-table";

export function PipelineTable({ pipeline }: { pipeline: PipelineReport }) {
  const money = (v: number | null) => (v === null ? "—" : formatMoney(v, pipeline.currency));
  return (
    <div className="space-y-3">
      {pipeline.paragraphs.map((p) => (
        <p key={p.key}>{p.text}</p>
      ))}
      <p className="font-medium">Period target: {money(pipeline.target)}</p>
      <ScrollTable label="Pipeline coverage by stage">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">Pipeline coverage by stage</caption>
          <thead className="border-b border-line">
            <tr>
              <th scope="col" className="py-2">Stage</th>
              <th scope="col">Deals</th>
              <th scope="col">Value now</th>
              <th scope="col">Win rate from here</th>
              <th scope="col">Value factor</th>
              <th scope="col">Needed</th>
              <th scope="col">Coverage</th>
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
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
