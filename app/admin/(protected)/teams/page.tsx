import type { Metadata } from "next";
import type { Route } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listTeams } from "@/lib/db/teams";
import { serverEnv } from "@/lib/env";
import { ScrollTable } from "@/components/ui/scroll-table";

export const metadata: Metadata = { title: "Teams" };

const PAGE_SIZE = 50;

export default async function TeamsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const asked = Number((await searchParams).page);
  const page = Number.isInteger(asked) && asked >= 1 && asked <= 10_000 ? asked : 1;
  const { items, total } = await listTeams({ skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">Teams</h1>
      <p className="max-w-prose">
        Teams created in team mode, newest first. A leader&apos;s dashboard link is stored only as a hash, so it cannot be given
        here: the team&apos;s page below shows its dashboard to admins. Members&apos; figures appear there from{" "}
        {serverEnv().TEAM_MIN_MEMBERS} completed members, as on the leader&apos;s. Erasing a member&apos;s response (Responses)
        takes it out of the dashboard at once.
      </p>
      <p className="text-sm text-muted">
        {total.toLocaleString("en")} {total === 1 ? "team" : "teams"}
        {total > 0 ? ` · page ${page} of ${pages}` : ""}
      </p>
      {items.length === 0 ? (
        <p className="text-muted">No teams yet.</p>
      ) : (
        <ScrollTable label="Teams" dense>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Teams</caption>
            <thead className="border-b border-line">
              <tr>
                <th scope="col" className="px-2 py-2 text-left font-semibold">Name</th>
                <th scope="col" className="px-2 py-2 text-left font-semibold">Created</th>
                <th scope="col" className="px-2 py-2 text-right font-semibold">Members</th>
                <th scope="col" className="px-2 py-2 text-right font-semibold">Completed</th>
                <th scope="col" className="px-2 py-2 text-left font-semibold">Leader&apos;s survey</th>
                <th scope="col" className="px-2 py-2 text-left font-semibold">Status</th>
              </tr>
            </thead>
            <tbody>
              {items.map((team) => (
                <tr key={team.id} className="border-b border-line">
                  <td className="px-2 py-2">
                    <Link href={`/admin/teams/${team.id}` as Route} className="font-medium text-brand-strong hover:underline">
                      {team.name}
                    </Link>
                  </td>
                  <td className="px-2 py-2 whitespace-nowrap">{team.createdAt.toISOString().slice(0, 10)}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{team.members}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{team.completed}</td>
                  <td className="px-2 py-2">{team.leaderCompleted ? "in" : "not yet"}</td>
                  <td className="px-2 py-2">{team.closedAt ? `closed ${team.closedAt.toISOString().slice(0, 10)}` : "open"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex gap-4">
          {page > 1 ? <Link href={`/admin/teams?page=${page - 1}` as Route}>← Newer teams</Link> : null}
          {page < pages ? <Link href={`/admin/teams?page=${page + 1}` as Route}>Older teams →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
