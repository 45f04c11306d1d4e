import type { PerceptionGapNote } from "@/lib/report/document";
import { gapsForSummary } from "@/lib/report/perception-gap-notes";

/** The executive summary's short list of perception gaps; each is explained in its section of the detailed analysis. */
export function PerceptionGapList({ gaps: all }: { gaps: PerceptionGapNote[] | undefined }) {
  const gaps = gapsForSummary(all);
  if (gaps.length === 0) return null;
  return (
    <div className="space-y-2 rounded-lg border border-l-4 border-line border-l-change bg-surface p-4 print:break-inside-avoid">
      <h3 className="text-lg font-semibold">Where your answers and your figures disagree</h3>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {gaps.map((gap) => (
          <li key={`${gap.rule}:${gap.where}`}>{gap.headline}</li>
        ))}
      </ul>
    </div>
  );
}
