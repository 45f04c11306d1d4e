import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { requireAdmin } from "@/lib/auth/require-admin";
import { questionDistributions } from "@/lib/db/admin-stats";
import { findSection } from "@/lib/instrument";
import { QUESTION_SECTION_IDS, parseStatsQuery, statsQueryString } from "@/lib/admin/stats-query";
import { formatCount } from "@/components/admin/format-stat";
import { BadQuery, StatsFilters } from "@/components/admin/stats-filters";
import { BarTable } from "@/components/admin/charts/bar-table";

export const metadata: Metadata = { title: "Questions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionsPage({ searchParams }: Props) {
  await requireAdmin();
  const parsed = parseStatsQuery(await searchParams);
  if (!parsed.ok) return <BadQuery problems={parsed.problems} resetHref="/admin/questions" />;
  const { query } = parsed;
  const stats = await questionDistributions(query.filter, query.section);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Questions</h1>
      <StatsFilters filter={query.filter} keep={{ section: query.section }} />
      <nav aria-label="Survey sections">
        <ul className="flex flex-wrap gap-1">
          {QUESTION_SECTION_IDS.map((id) => (
            <li key={id}>
              <Link
                href={`/admin/questions${statsQueryString(query, { section: id }, ["section"])}` as Route}
                aria-current={id === query.section ? "page" : undefined}
                className={`block rounded-md px-3 py-1.5 text-sm ${id === query.section ? "bg-brand-soft font-semibold text-brand-strong" : "text-ink hover:bg-surface"}`}
              >
                {findSection(id)?.title ?? id}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="text-sm text-muted">{formatCount(stats.responses)} completed responses match.</p>
      {stats.questions.map((question) => (
        <section key={question.questionId} aria-labelledby={`q-${question.questionId}`} className="space-y-2 rounded-md border border-line bg-surface p-4">
          <h2 id={`q-${question.questionId}`} className="font-semibold">
            {question.label}
            {question.answered !== null ? (
              <span className="ml-2 text-sm font-normal text-muted">{formatCount(question.answered)} answered</span>
            ) : null}
          </h2>
          {question.suppressed ? (
            <p className="text-sm text-muted">Suppressed: fewer than {stats.threshold} answers.</p>
          ) : (
            <BarTable
              caption={`Answers to “${question.label}”`}
              countLabel="Answers"
              total={question.answered}
              rows={question.options.map((option) => ({ key: option.value, label: option.label, count: option.count }))}
            />
          )}
        </section>
      ))}
    </div>
  );
}
