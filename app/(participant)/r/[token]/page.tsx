import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findReport } from "@/lib/db/reports";
import { PeerSnapshotSchema, ScoreResultSchema, type ScoreResult } from "@/lib/scoring";
import { FACTORS } from "@/lib/sales-velocity-factors";

export const metadata: Metadata = { title: "Your report", robots: { index: false } };
export const dynamic = "force-dynamic";

function IndexBar({ label, score }: { label: string; score: number | null }) {
  return (
    <div className="space-y-1">
      <div className="flex justify-between text-sm">
        <span className="font-medium">{label}</span>
        <span>{score === null ? "Not enough answers" : `${score}%`}</span>
      </div>
      <div className="h-3 rounded-full bg-brand-soft" aria-hidden="true">
        <div className="h-3 rounded-full bg-brand" style={{ width: `${score ?? 0}%` }} />
      </div>
    </div>
  );
}

export default async function ReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const report = await findReport(token);
  if (!report) notFound();
  const parsed = ScoreResultSchema.safeParse((report.document as { score?: unknown })?.score);
  if (!parsed.success) notFound();
  const score: ScoreResult = parsed.data;
  const peers = PeerSnapshotSchema.safeParse((report.document as { peers?: unknown })?.peers).data;
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Your Dealmaker Index</h1>
        <p className="text-muted">Keep this page&apos;s address: it is your private link to this report.</p>
      </header>
      <section aria-labelledby="company" className="space-y-4 rounded-lg border border-line bg-surface p-6">
        <h2 id="company" className="text-xl font-semibold">
          Company index: {score.overall === null ? "not enough answers" : `${score.overall}%`}
          {score.companyCategory && <span className="text-brand-strong"> · {score.companyCategory.name}</span>}
        </h2>
        {peers?.overall && (
          <p>
            Against {peers.group.size.toLocaleString("en-US")} peers ({peers.group.label}): {peers.overall.percent}% of
            them did not score better than you.
          </p>
        )}
        {FACTORS.map((factor) => (
          <IndexBar key={factor.key} label={factor.name} score={score.indices[factor.key].score} />
        ))}
      </section>
      <section aria-labelledby="personal" className="space-y-4 rounded-lg border border-line bg-surface p-6">
        <h2 id="personal" className="text-xl font-semibold">
          Personal index: {score.indices.personal.score === null ? "not enough answers" : `${score.indices.personal.score}%`}
          {score.personalCategory && <span className="text-brand-strong"> · {score.personalCategory.name}</span>}
        </h2>
        <IndexBar label="Your personal practice" score={score.indices.personal.score} />
      </section>
      <p>
        {/* A route handler, not a page: a full navigation so its cookie change applies. */}
        <a href="/survey/new" className="text-brand-strong underline">
          Take the survey again for another team
        </a>
      </p>
    </article>
  );
}
