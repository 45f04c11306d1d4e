// The team's medians (and middle half, from twice the minimum) of every index and hard number, beside the medians of
// the peer group of the team's profile.
import { HARD_NUMBERS, PEER_METRICS } from "@/lib/scoring";
import type { TeamDashboard } from "@/lib/api/team-schemas";
import { HARD_NUMBER_LABELS, TEAM_METRIC_LABELS, formatHardNumber, formatTeamIndex } from "@/lib/teams/team-labels";
import { ScrollTable } from "@/components/ui/scroll-table";

type Spread = { median: number; p25: number | null; p75: number | null } | null;

function Row({ name, spread, peer, format }: { name: string; spread: Spread; peer: number | null; format: (value: number | null) => string }) {
  return (
    <tr className="border-t border-line">
      <th scope="row" className="text-left font-medium">
        {name}
      </th>
      <td className="text-right font-semibold">{spread ? format(spread.median) : "fewer than the minimum gave it"}</td>
      <td className="text-right">{spread?.p25 != null && spread.p75 != null ? `${format(spread.p25)} – ${format(spread.p75)}` : "–"}</td>
      <td className="text-right">{format(peer)}</td>
    </tr>
  );
}

export function TeamFiguresTable({ dashboard }: { dashboard: TeamDashboard }) {
  const peers = dashboard.peers;
  return (
    <ScrollTable label="Team medians against peers">
      <table className="w-full text-sm">
        <caption className="pb-2 text-left text-muted">
          Team medians over the completed members; peers: {peers?.group ?? "no peer group"}. Indices run 0–100.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="text-left">Figure</th>
            <th scope="col" className="text-right">Team median</th>
            <th scope="col" className="text-right">Middle half</th>
            <th scope="col" className="text-right">Peers&apos; median</th>
          </tr>
        </thead>
        <tbody>
          {PEER_METRICS.map((metric) => (
            <Row key={metric} name={TEAM_METRIC_LABELS[metric]} spread={dashboard.indices?.[metric] ?? null} peer={peers?.indices[metric] ?? null} format={formatTeamIndex} />
          ))}
          {HARD_NUMBERS.map((metric) => (
            <Row
              key={metric}
              name={HARD_NUMBER_LABELS[metric]}
              spread={dashboard.hardNumbers?.[metric] ?? null}
              peer={peers?.hardNumbers[metric] ?? null}
              format={(value) => formatHardNumber(metric, value)}
            />
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
