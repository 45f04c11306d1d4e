import type { Action, ReportDocument } from "@/lib/report/document";
import { formatMoney } from "@/lib/report/format";

const STYLE: Record<Action["kind"], string> = {
  KEEP: "bg-keep text-white",
  CHANGE: "bg-change text-white",
  STOP: "bg-stop text-white",
};

/** When a staged action starts; its plan's days count from then (lib/report/action-stages.ts). */
export const STAGE_LABELS: Record<NonNullable<Action["stage"]>, string> = {
  now: "Start now, in the first 30 days",
  "next-quarter": "Start next quarter",
  "quarter-after": "Start in the quarter after",
};

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six"];

/** The heading over the actions: "First actions: five key areas to focus on" (three for a very small team). */
export function actionsHeading(count: number): string {
  return `First actions: ${COUNT_WORDS[count] ?? count} key ${count === 1 ? "area" : "areas"} to focus on`;
}

export const PLAN_STEPS = [
  ["days30", "First 30 days"],
  ["days60", "Days 31–60"],
  ["days90", "Days 61–90"],
] as const;

/** The amount line: money at stake on a problem, what a strength is worth over the median, or why there is none. */
export function stakeLine(action: Action): { amount: string; basis: string } | null {
  if (!action.stake) return null;
  const money = formatMoney(action.stake.amount, action.stake.currency);
  const amount =
    action.kind === "KEEP" ? `Worth about ${money} a year over the peer median` : action.stake.amount === 0 ? "No revenue at stake" : `${money} a year at stake`;
  return { amount, basis: action.stake.basis };
}

function ActionItem({ action, number }: { action: Action; number: number }) {
  const stake = stakeLine(action);
  return (
    <li id={action.anchor} className="scroll-mt-4 rounded-lg border border-line bg-surface p-4 print:break-inside-avoid">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-bold text-muted">{number}.</span>
        <span className={`rounded px-2 py-0.5 text-xs font-bold tracking-wide ${STYLE[action.kind]}`}>{action.kind}</span>
        <span className="font-semibold">{action.title}</span>
        <span className="text-sm text-muted">· {action.section}</span>
      </div>
      {action.stage && <p className="mt-2 text-sm font-semibold">{STAGE_LABELS[action.stage]}</p>}
      {stake && (
        <p className="mt-2 text-sm">
          <strong>{stake.amount}</strong> <span className="text-muted">— {stake.basis}</span>
        </p>
      )}
      {action.stakeNote && <p className="mt-1 text-sm text-muted">{action.stakeNote}</p>}
      <p className="mt-2 text-sm">{action.text}</p>
      {action.plan && (
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3">
          {PLAN_STEPS.map(([key, label]) => (
            <div key={key} className="rounded border border-line p-2">
              <dt className="font-semibold">{label}</dt>
              <dd>{action.plan![key]}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

export function ActionList({ actions, lead }: { actions: Action[]; lead?: ReportDocument["executive"]["actionsLead"] }) {
  return (
    <div className="space-y-3">
      {lead?.map((p) => (
        <p key={p.key}>{p.text}</p>
      ))}
      <ol className="space-y-3">
        {actions.map((action, index) => (
          <ActionItem key={action.questionId} action={action} number={index + 1} />
        ))}
      </ol>
    </div>
  );
}
