import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { requireAdmin } from "@/lib/auth/require-admin";
import { questionDistributions, salesDistributions } from "@/lib/db/admin-stats";
import { PART_B_IDS, findSection, sectionOfQuestion } from "@/lib/instrument";
import { QUESTION_SECTION_IDS, parseStatsQuery, statsQueryString } from "@/lib/admin/stats-query";
import { formatCount } from "@/components/admin/format-stat";
import { BadQuery, StatsFilters } from "@/components/admin/stats-filters";
import { BarTable } from "@/components/admin/charts/bar-table";
import { SalesFigureDistribution } from "@/components/admin/sales-figure-distribution";

export const metadata: Metadata = { title: "Questions" };

/** The section of the sales numbers, whose figures are summarised below its one choice question (the currency). */
const NUMBERS_SECTION = sectionOfQuestion(PART_B_IDS.currency)?.id;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionsPage({ searchParams }: Props) {
  await requireAdmin();
  const parsed = parseStatsQuery(await searchParams);
  if (!parsed.ok) return <BadQuery problems={parsed.problems} resetHref="/admin/questions" />;
  const { query } = parsed;
  const [stats, figures] = await Promise.all([
    questionDistributions(query.filter, query.section),
    query.section === NUMBERS_SECTION ? salesDistributions(query.filter) : null,
  ]);
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
      {figures ? (
        <section aria-labelledby="sales-figures" className="space-y-4">
          <div className="max-w-prose space-y-2">
            <h2 id="sales-figures" className="text-lg font-semibold">
              Sales figures
            </h2>
            <p className="text-sm">
              The figures the survey works out from these answers, for each response that gave enough of them, then the
              answers themselves: the counts of opportunities and deals as given, and their values. Money is in US
              dollars at the study’s fixed rate table, the basis every benchmark compares money in; responses in a
              currency without a rate (“Another currency”) are not in the money figures. Quartiles are read from the
              same bins as the benchmarks: exact to the whole percent for rates and percentages, within half a day or
              2.5% for the cycle, exact below 100 and within 3.5% above for counts, and within 3.5% for money.
            </p>
            <p className="text-sm text-muted">
              The money as given, in each participant’s currency, is in the{" "}
              <Link href="/admin/export-columns" className="font-medium text-brand-strong underline">CSV export</Link>.
            </p>
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            {figures.metrics.map((distribution) => (
              <SalesFigureDistribution key={distribution.metric} distribution={distribution} threshold={figures.threshold} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
