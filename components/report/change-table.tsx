// The "Since last time" figures: each one at the previous report and now, the peers' median beside each, the change
// and its verdict in words (colour only repeats the words). A table from 640 px up; on a phone, where five columns
// would hide the verdict off to the side, one short block per figure with the same words. Only one of the two is
// ever displayed, so screen readers meet the figures once.
import { columnDate, formatChange, formatPoint } from "@/lib/report/change-format";
import type { ChangeRow, SinceLastTime } from "@/lib/report/since-last-time-schema";

const VERDICT_CLASS: Partial<Record<ChangeRow["verdict"], string>> = { improved: "font-semibold text-keep", declined: "font-semibold text-stop" };
const verdictClass = (row: ChangeRow) => VERDICT_CLASS[row.verdict] ?? "text-muted";

function Figure({ row, when }: { row: ChangeRow; when: "then" | "now" }) {
  const peers = formatPoint(row, when, "peerMedian");
  return (
    <td className="px-3 py-2">
      <span className="block">{formatPoint(row, when, "value")}</span>
      {peers !== "—" && <span className="block text-xs text-muted">peers {peers}</span>}
    </td>
  );
}

function PhoneList({ since, dates }: { since: SinceLastTime; dates: [string, string] }) {
  return (
    <ul className="divide-y divide-line border-y border-line sm:hidden" aria-label="Your figures then and now">
      {since.rows.map((row) => (
        <li key={row.metric} className="space-y-1 py-3 text-sm">
          <p className="flex items-baseline justify-between gap-3">
            <span className="font-medium">{row.label}</span>
            <span className={`text-right ${verdictClass(row)}`}>{row.verdictText}</span>
          </p>
          {(["then", "now"] as const).map((when, i) => (
            <p key={when} className="grid grid-cols-[7rem_1fr] gap-x-2">
              <span className="text-muted">{dates[i]}</span>
              <span>
                {formatPoint(row, when, "value")}
                {row[when].peerMedian !== null && <span className="text-muted"> · peers {formatPoint(row, when, "peerMedian")}</span>}
              </span>
            </p>
          ))}
          {formatChange(row) && <p className="text-muted">Change: {formatChange(row)}</p>}
        </li>
      ))}
    </ul>
  );
}

export function ChangeTable({ since }: { since: SinceLastTime }) {
  const dates: [string, string] = [columnDate(since.previous.completedAt, "Last time"), columnDate(since.completedAt, "This report")];
  return (
    <>
      <PhoneList since={since} dates={dates} />
      <table className="hidden w-full text-left text-sm sm:table">
        <caption className="sr-only">
          Your figures at your previous report and in this one, each with your peers&apos; median at that date, the change and whether it is
          meaningful
        </caption>
        <thead className="border-b border-line">
          <tr>
            <th scope="col" className="py-2 pr-3">Figure</th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">{dates[0]}</th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">{dates[1]}</th>
            <th scope="col" className="px-3 py-2">Change</th>
            <th scope="col" className="py-2 pl-3">Meaningful?</th>
          </tr>
        </thead>
        <tbody>
          {since.rows.map((row) => (
            <tr key={row.metric} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-3 font-medium">
                {row.label}
              </th>
              <Figure row={row} when="then" />
              <Figure row={row} when="now" />
              <td className="px-3 py-2 whitespace-nowrap">{formatChange(row) ?? "—"}</td>
              <td className={`py-2 pl-3 ${verdictClass(row)}`}>{row.verdictText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
