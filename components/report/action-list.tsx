import type { Action } from "@/lib/report/document";

const STYLE: Record<Action["kind"], string> = {
  KEEP: "bg-keep text-white",
  CHANGE: "bg-change text-white",
  STOP: "bg-stop text-white",
};

export function ActionList({ actions }: { actions: Action[] }) {
  return (
    <ol className="space-y-3">
      {actions.map((action) => (
        <li key={action.questionId} className="rounded-lg border border-line bg-surface p-4 print:break-inside-avoid">
          <div className="flex flex-wrap items-center gap-2">
            <span className={`rounded px-2 py-0.5 text-xs font-bold tracking-wide ${STYLE[action.kind]}`}>{action.kind}</span>
            <span className="font-semibold">{action.title}</span>
            <span className="text-sm text-muted">· {action.section}</span>
          </div>
          <p className="mt-2 text-sm">{action.text}</p>
        </li>
      ))}
    </ol>
  );
}
