// A table whose last column draws each count as a bar: the numbers stay readable by screen readers and on a
// phone, and the bars need no chart library and no JavaScript.
type Row = { key: string; label: string; count: number };

export function BarTable({
  caption,
  rows,
  countLabel,
  total,
  labelHeader = "Answer",
}: {
  caption: string;
  rows: Row[];
  countLabel: string;
  total: number;
  /** The first column's heading: what each row is (an answer, a range of values). */
  labelHeader?: string;
}) {
  const largest = Math.max(1, ...rows.map((row) => row.count));
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-line text-muted">
          <th scope="col" className="py-1 pr-2 font-medium">{labelHeader}</th>
          <th scope="col" className="py-1 pr-2 text-right font-medium">{countLabel}</th>
          <th scope="col" className="py-1 pr-2 text-right font-medium">Share</th>
          <th scope="col" className="hidden w-2/5 py-1 font-medium sm:table-cell">
            <span className="sr-only">Bar</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-line/60">
            <th scope="row" className="py-1 pr-2 font-normal">{row.label}</th>
            <td className="py-1 pr-2 text-right tabular-nums">{row.count.toLocaleString("en")}</td>
            <td className="py-1 pr-2 text-right tabular-nums">{total > 0 ? `${Math.round((row.count / total) * 1000) / 10}%` : "—"}</td>
            <td className="hidden py-1 sm:table-cell" aria-hidden="true">
              <div className="h-3 rounded bg-brand" style={{ width: `${(row.count / largest) * 100}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
