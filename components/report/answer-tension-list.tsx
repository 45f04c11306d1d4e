import type { AnswerTensionNote } from "@/lib/report/document";

/** The executive summary's short list of answers that disagree; each is weighed in its paragraph of the detailed analysis. */
export function AnswerTensionList({ tensions }: { tensions: AnswerTensionNote[] | undefined }) {
  if (!tensions || tensions.length === 0) return null;
  return (
    <div className="space-y-2 rounded-lg border border-l-4 border-line border-l-change bg-surface p-4 print:break-inside-avoid">
      <h3 className="text-lg font-semibold">Answers to check</h3>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {tensions.map((tension) => (
          <li key={tension.pair}>{tension.headline}</li>
        ))}
      </ul>
    </div>
  );
}
