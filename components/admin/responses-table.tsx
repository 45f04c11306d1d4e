import Link from "next/link";
import type { Route } from "next";
import type { ResponseListItem } from "@/lib/db/admin-responses";
import { responsesQueryString, type ResponseSort, type ResponsesQuery } from "@/lib/admin/responses-query";
import { companyCategoryLabel, companySizeLabel, industryLabel } from "@/components/admin/labels";
import { ScrollTable } from "@/components/ui/scroll-table";
import { DeleteResponseButton } from "./delete-response-button";

const COLUMNS: { sort: ResponseSort; label: string; numeric?: boolean }[] = [
  { sort: "date", label: "Completed" },
  { sort: "industry", label: "Industry" },
  { sort: "companySize", label: "Company size" },
  { sort: "overall", label: "Overall", numeric: true },
  { sort: "value", label: "Value", numeric: true },
  { sort: "number", label: "Number", numeric: true },
  { sort: "winRate", label: "Win rate", numeric: true },
  { sort: "salesCycle", label: "Cycle", numeric: true },
  { sort: "personal", label: "Personal", numeric: true },
  { sort: "category", label: "Category" },
];

const show = (value: number | null) => (value === null ? "—" : String(value));

function SortHeader({ query, column }: { query: ResponsesQuery; column: (typeof COLUMNS)[number] }) {
  const active = query.sort === column.sort;
  const dir = active && query.dir === "desc" ? "asc" : "desc";
  const href = `/admin/responses${responsesQueryString(query, { sort: column.sort, dir, page: 1 })}`;
  return (
    <th
      scope="col"
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
      className={`px-2 py-2 font-semibold ${column.numeric ? "text-right" : "text-left"}`}
    >
      <Link href={href as Route} className="text-brand-strong hover:underline">
        {column.label}
        {active ? (query.dir === "asc" ? " ▲" : " ▼") : ""}
      </Link>
    </th>
  );
}

export function ResponsesTable({ items, query }: { items: ResponseListItem[]; query: ResponsesQuery }) {
  if (items.length === 0) return <p className="text-muted">No completed responses match.</p>;
  return (
    <ScrollTable label="Completed responses" dense>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Completed responses</caption>
        <thead className="border-b border-line">
          <tr>
            <SortHeader query={query} column={COLUMNS[0]!} />
            {/* The actions come second, beside the sticky date, so they stay in view when the table scrolls on a phone. */}
            <th scope="col" className="px-2 py-2 text-left font-semibold">
              <span className="sr-only">Actions</span>
            </th>
            {COLUMNS.slice(1).map((column) => (
              <SortHeader key={column.sort} query={query} column={column} />
            ))}
            {/* Narrow padding here and on Pool, narrower text columns: the table fits a 1280-pixel screen with two columns more. */}
            <th scope="col" className="px-1! py-2 text-right font-semibold">
              <abbr title="Team size: completed members of the response's team">Team</abbr>
            </th>
            <th scope="col" className="px-1! py-2 text-left font-semibold">
              <span className="sr-only">Benchmark </span>Pool
            </th>
            <th scope="col" className="px-2 py-2 text-left font-semibold">
              Contact
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const date = item.completedAt?.toISOString().slice(0, 10) ?? "—";
            const label = `response of ${date} (${item.id.slice(0, 8)})`;
            return (
              <tr key={item.id} className="border-b border-line align-top" data-response-id={item.id}>
                <td className="px-2 py-2 whitespace-nowrap">{date}</td>
                <td className="space-y-1 px-2 py-2">
                  {item.hasReport ? (
                    <a href={`/admin/responses/${item.id}/report`} className="block text-brand-strong hover:underline">
                      Report<span className="sr-only"> for {label}</span>
                    </a>
                  ) : null}
                  <DeleteResponseButton id={item.id} label={label} />
                </td>
                <td className="min-w-24 px-2 py-2 whitespace-normal!">{industryLabel(item.industry)}</td>
                <td className="min-w-28 px-2 py-2 whitespace-normal!">{companySizeLabel(item.companySize)}</td>
                <td className="px-2 py-2 text-right tabular-nums">{show(item.overall)}</td>
                <td className="px-2 py-2 text-right tabular-nums">{show(item.value)}</td>
                <td className="px-2 py-2 text-right tabular-nums">{show(item.number)}</td>
                <td className="px-2 py-2 text-right tabular-nums">{show(item.winRate)}</td>
                <td className="px-2 py-2 text-right tabular-nums">{show(item.salesCycle)}</td>
                <td className="px-2 py-2 text-right tabular-nums">{show(item.personal)}</td>
                <td className="min-w-24 px-2 py-2 whitespace-normal!">{companyCategoryLabel(item.category)}</td>
                <td className="px-1! py-2 text-right tabular-nums">{show(item.teamSize)}</td>
                <td className="px-1! py-2">
                  {item.inPool ? "In" : <strong className="font-semibold">Out</strong>}
                  <span className="sr-only">{item.inPool ? " the benchmark pool" : " (kept out of the benchmark pool)"}</span>
                </td>
                <td className="max-w-44 px-2 py-2 break-words whitespace-normal!">
                  {item.companyName ?? ""}
                  {item.contactEmail ? <span className="block text-muted">{item.contactEmail}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
