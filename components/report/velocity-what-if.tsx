"use client";
// "What if?": move the four levers and see sales velocity change, from the participant's own
// figures when they gave them (otherwise the percentage change alone).
import { useId, useState } from "react";
import { velocityMultiplier } from "@/lib/scoring/sales-velocity";
import { formatMoney } from "@/lib/report/format";

type Props = { velocityPerDay: number | null; currency: string | null };

const LEVERS = [
  { key: "number", label: "Qualified opportunities", better: "more" },
  { key: "value", label: "Average deal value", better: "larger" },
  { key: "winRate", label: "Win rate", better: "higher" },
  { key: "salesCycle", label: "Sales cycle length", better: "shorter" },
] as const;

type Lever = (typeof LEVERS)[number]["key"];

export function VelocityWhatIf({ velocityPerDay, currency }: Props) {
  const id = useId();
  const [changes, setChanges] = useState<Record<Lever, number>>({ number: 10, value: 10, winRate: 10, salesCycle: 10 });
  // The cycle slider reads "% shorter", so it enters the equation negated.
  const multiplier = velocityMultiplier({ ...changes, salesCycle: -changes.salesCycle });
  const factor = multiplier.status === "ok" ? multiplier.value : null;
  const percent = factor === null ? null : Math.round((factor - 1) * 100);
  return (
    <div className="space-y-4 rounded-lg border border-line bg-canvas p-4">
      <h4 className="font-semibold">What if? Try your own improvements</h4>
      <div className="grid gap-4 sm:grid-cols-2">
        {LEVERS.map((lever) => (
          <label key={lever.key} htmlFor={`${id}-${lever.key}`} className="block space-y-1 text-sm">
            <span className="flex justify-between">
              <span>{lever.label}</span>
              <output htmlFor={`${id}-${lever.key}`} className="font-semibold">
                {changes[lever.key]}% {lever.better}
              </output>
            </span>
            <input
              id={`${id}-${lever.key}`}
              type="range"
              min={0}
              max={lever.key === "salesCycle" ? 50 : 100}
              step={1}
              value={changes[lever.key]}
              onChange={(event) => setChanges({ ...changes, [lever.key]: Number(event.target.value) })}
              className="w-full accent-brand"
            />
          </label>
        ))}
      </div>
      <p aria-live="polite" className="text-lg" data-testid="what-if-result">
        {percent === null ? (
          "Those changes cannot be combined."
        ) : (
          <>
            Sales velocity <strong>+{percent}%</strong>
            {velocityPerDay !== null && factor !== null && (
              <>
                {" "}
                — from {formatMoney(velocityPerDay, currency)} to <strong>{formatMoney(velocityPerDay * factor, currency)}</strong> a day
              </>
            )}
          </>
        )}
      </p>
    </div>
  );
}
