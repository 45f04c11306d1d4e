import type { Metadata } from "next";
import { after } from "next/server";
import { requireAdmin } from "@/lib/auth/require-admin";
import { questionFindings, strongestDifferences } from "@/lib/db/admin-stats";
import { FINDINGS_LIVE_LIMIT, findingsBacklog, foldFindings } from "@/lib/db/findings";
import { logger } from "@/lib/log";
import { FINDING_QUESTION_IDS, findingQuestionGroups } from "@/lib/admin/dashboard-findings";
import { findingsHref, parseFindingsQuery } from "@/lib/admin/findings-query";
import { DIMENSIONS } from "@/lib/admin/dashboard-dimensions";
import { formatCount } from "@/components/admin/format-stat";
import { BadQuery, StatsFilters, SuppressedNote } from "@/components/admin/stats-filters";
import { FindingsTable } from "@/components/admin/findings-table";
import { FindingRanking } from "@/components/admin/finding-ranking";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Findings" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FindingsPage({ searchParams }: Props) {
  await requireAdmin();
  const parsed = parseFindingsQuery(await searchParams);
  if (!parsed.ok) return <BadQuery problems={parsed.problems} resetHref="/admin/findings" />;
  const { filter, question } = parsed.query;
  // Responses changed since the last read are counted in after the page is sent (decision 023).
  after(() => foldFindings().catch((error: unknown) => logger.error({ err: error }, "findings fold failed")));
  const backlog = await findingsBacklog();
  const heading = (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Findings</h1>
      <p className="max-w-prose text-sm text-muted">
        Which practices go with better results: for each answer to a Part C or D question, the median outcomes of the
        completed responses that gave it. A difference here is an association among participants, not proof of cause.
      </p>
    </>
  );
  if (backlog > FINDINGS_LIVE_LIMIT) {
    return (
      <div className="space-y-6">
        {heading}
        <p role="status" className="rounded-md border border-line bg-surface p-4">
          More than {formatCount(FINDINGS_LIVE_LIMIT)} responses are still being counted into the findings (after an
          upgrade or a re-score). Reload this page in a minute or two.
        </p>
      </div>
    );
  }
  const ranking = await strongestDifferences(filter);
  const questionId = question ?? ranking?.[0]?.questionId ?? FINDING_QUESTION_IDS[0]!;
  const findings = await questionFindings(questionId, filter);
  return (
    <div className="space-y-6">
      {heading}
      <StatsFilters filter={filter} keep={{ question: questionId }} />
      <form method="get" aria-label="Choose a question" className="flex flex-wrap items-end gap-3 rounded-md border border-line bg-surface p-4">
        {DIMENSIONS.map((dimension) =>
          filter[dimension] ? <input key={dimension} type="hidden" name={dimension} value={filter[dimension]} /> : null,
        )}
        <label className="min-w-0 flex-1 text-sm font-medium">
          Question
          <select name="question" defaultValue={questionId} className="mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm">
            {findingQuestionGroups().map((group) => (
              <optgroup key={group.sectionId} label={group.title}>
                {group.questions.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <Button type="submit">Show</Button>
      </form>
      <FindingsTable findings={findings} />
      <p className="text-sm text-muted">
        Medians are read from counts in bins: the index, win rate and quota attainment to the whole percent, the cycle
        within half a day or 2.5%. A median rests on the responses that gave that figure (its n); the unit win rate
        needs won and lost deal counts, which not every participant gives.
      </p>
      <SuppressedNote threshold={findings.threshold} />
      <section aria-labelledby="strongest" className="space-y-3 rounded-md border border-line bg-surface p-4">
        <h2 id="strongest" className="text-lg font-semibold">Strongest differences in unit win rate</h2>
        {ranking === null ? (
          <p className="text-sm text-muted">
            The ranking compares every question at once, which is counted ahead for everyone and for one or two
            segments at a time: choose at most two filters to see it.
          </p>
        ) : (
          <FindingRanking spreads={ranking} hrefOf={(id) => findingsHref(filter, id)} />
        )}
      </section>
    </div>
  );
}
