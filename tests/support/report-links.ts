// Only a report link's hash is stored (docs/decisions/020-report-tokens-hashed.md), and the reports a test seeds have
// random links nobody holds: a test that opens them by link first gives them links it knows.
import { db } from "@/lib/db/client";
import { hashToken, newToken } from "@/lib/db/tokens";

/** Every stored report, by id, each with a new link of its own (its old one stops working). */
export async function giveReportsKnownLinks(): Promise<{ id: string; token: string }[]> {
  const reports = await db().report.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const linked: { id: string; token: string }[] = [];
  for (const { id } of reports) {
    const token = newToken();
    await db().report.update({ where: { id }, data: { tokenHash: hashToken(token), tokenSalt: null } });
    linked.push({ id, token });
  }
  return linked;
}
