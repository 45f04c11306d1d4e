// The questions whose answers' median unit win rates lie furthest apart: "what goes with winning", each a link to its
// full breakdown. Only answers shown on their own count (decision 005).
import Link from "next/link";
import type { Route } from "next";
import type { FindingSpread } from "@/lib/db/admin-stats";
import { formatCount, formatMetric } from "@/components/admin/format-stat";
import { MedianMarks } from "@/components/admin/charts/median-marks";

export function FindingRanking({ spreads, hrefOf }: { spreads: FindingSpread[]; hrefOf: (questionId: string) => string }) {
  if (!spreads.length) return <p className="text-sm text-muted">No question has two answers with enough responses to compare.</p>;
  return (
    <ol className="space-y-3">
      {spreads.map((spread) => (
        <li key={spread.questionId} className="grid gap-1 border-b border-line/60 pb-3 sm:grid-cols-[1fr_12rem] sm:gap-4">
          <div className="space-y-1">
            <Link href={hrefOf(spread.questionId) as Route} className="font-medium text-brand-strong underline-offset-2 hover:underline">
              {spread.label}
            </Link>
            <p className="text-sm text-muted">
              {formatMetric("unitWinRate", spread.highest.median)} for “{spread.highest.label}” (n={formatCount(spread.highest.n)}) against{" "}
              {formatMetric("unitWinRate", spread.lowest.median)} for “{spread.lowest.label}” (n={formatCount(spread.lowest.n)}):{" "}
              {formatMetric("unitWinRate", spread.spread).replace("%", " points")} apart.
            </p>
          </div>
          <div className="hidden self-center sm:block">
            <MedianMarks marks={[spread.lowest.median, spread.highest.median]} reference={null} max={1} />
          </div>
        </li>
      ))}
    </ol>
  );
}
