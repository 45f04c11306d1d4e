import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/require-admin";
import { columnDictionary, type ColumnDescription } from "@/lib/export/export-columns";

export const metadata: Metadata = { title: "CSV columns" };

function groupsOf(columns: ColumnDescription[]): [string, ColumnDescription[]][] {
  const groups = new Map<string, ColumnDescription[]>();
  for (const column of columns) groups.set(column.group, [...(groups.get(column.group) ?? []), column]);
  return [...groups];
}

export default async function ExportColumnsPage() {
  await requireAdmin();
  const columns = columnDictionary({ includeContact: true });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">CSV columns</h1>
      <div className="max-w-prose space-y-2">
        <p>
          What each column of the <Link href="/admin/responses" className="font-medium text-brand-strong underline">responses export</Link>{" "}
          holds, in the order the file has them: {columns.length} columns, the last three only when the export includes
          contact details. The list is built from the survey itself, so it always matches the file.
        </p>
        <p className="text-sm text-muted">
          One row per completed response. Numbers use a point for decimals and no thousands separators; times are UTC. An
          empty cell means the question was not answered or a figure lacked the data it needs. No question allows several
          answers; the pipeline’s stages are one group of columns per stage position. A text cell that starts with = + - @
          or a tab is written with a leading apostrophe, so spreadsheets show it as text.
        </p>
        <p>
          <a href="/admin/export-columns.csv" className="font-medium text-brand-strong underline" download>
            Download this list as CSV
          </a>
        </p>
      </div>
      {groupsOf(columns).map(([group, members]) => (
        <section key={group} aria-labelledby={`group-${members[0]!.position}`} className="space-y-3">
          <h2 id={`group-${members[0]!.position}`} className="text-lg font-semibold">
            {group}
          </h2>
          <dl className="divide-y divide-line rounded-md border border-line bg-surface">
            {members.map((column) => (
              <div key={column.name} className="grid gap-1 p-3 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] sm:gap-4">
                <dt className="min-w-0">
                  <span className="text-sm text-muted">{column.position}. </span>
                  <code className="break-all font-mono text-sm font-semibold">{column.name}</code>
                </dt>
                <dd className="min-w-0 space-y-1 text-sm">
                  <p>{column.meaning}</p>
                  <p className="text-muted">
                    Unit: {column.unit}
                    {column.questionId ? (
                      <>
                        {" · "}Question <code className="break-all font-mono">{column.questionId}</code>
                      </>
                    ) : null}
                  </p>
                  {column.allowed ? <p className="break-words text-muted">Values: {column.allowed}</p> : null}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
