import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { db } from "./client";
import { createTeamDraft, findTeamOfResumeToken, readTeamResponses } from "./team-responses";
import { readExportBatch } from "./export-responses";
import { listResponses } from "./admin-responses";
import { closeTeam, countTeamResponses, listTeams, teamSizesOfResponses, findTeamByDashboardToken, findTeamByInviteCode, insertTeam, setTeamProfile } from "./teams";
import { hashToken, newToken } from "./tokens";

withMigratedDatabase();

const randomCode = () => Array.from({ length: 12 }, () => "abcdefghjk"[Math.floor(Math.random() * 10)]).join("");

async function team(name = "Field team") {
  const token = newToken();
  const inviteCode = randomCode();
  const { id } = await insertTeam({ name, leaderEmail: null, inviteCode, dashboardTokenHash: hashToken(token), mails: [], now: new Date() });
  return { id, token, inviteCode };
}

async function complete(responseId: string, role: string, overall: number, answers: Record<string, string>) {
  await db().response.update({ where: { id: responseId }, data: { status: "COMPLETED", completedAt: new Date(), role, answers } });
  await db().score.create({ data: { responseId, scoringVersion: "x", overall, personalIndex: overall, sectionScores: { "c.coaching": overall } } });
}

describe("teams", () => {
  it("finds a team by its invite code and by its dashboard token, never by a malformed one", async () => {
    const { id, token, inviteCode } = await team();
    expect((await findTeamByInviteCode(inviteCode))?.id).toBe(id);
    expect((await findTeamByDashboardToken(token))?.id).toBe(id);
    expect(await findTeamByInviteCode("ABC")).toBeNull();
    expect(await findTeamByDashboardToken(newToken())).toBeNull();
    expect(await findTeamByDashboardToken(hashToken(token))).toBeNull();
  });

  it("closes once", async () => {
    const { id, inviteCode } = await team();
    expect(await closeTeam(id, new Date())).toBe(true);
    expect(await closeTeam(id, new Date())).toBe(false);
    expect((await findTeamByInviteCode(inviteCode))?.closedAt).toBeInstanceOf(Date);
  });

  it("reads members and the leader, counts drafts as started, and forgets an erased member", async () => {
    const { id } = await team();
    await setTeamProfile(id, { industry: "software", companySize: "50-249", region: null, salesModel: null });
    const leader = await createTeamDraft(id, "leader", {});
    const members = await Promise.all([1, 2, 3].map(() => createTeamDraft(id, "member", { "a.profile.industry": "software" })));
    expect(await findTeamOfResumeToken(members[0]!.resumeToken)).toEqual({
      teamId: id,
      name: "Field team",
      teamRole: "member",
      draft: true,
      profile: { industry: "software", companySize: "50-249", region: null, salesModel: null },
    });
    await complete(leader.id, "sales-leader", 80, { "c.coaching.selling-basics": "agree", "d.engagement.follow-process": "always" });
    await complete(members[0]!.id, "seller", 40, { "c.coaching.selling-basics": "disagree" });
    await complete(members[1]!.id, "seller", 50, {});

    const read = await readTeamResponses(id, ["c.coaching.selling-basics", "c.alignment.strategy-aligned"], ["c.coaching", "c.alignment"]);
    expect(read.started).toBe(3);
    expect(read.completed.map((row) => [row.teamRole, row.role, row.indices.overall, row.gapAnswers, row.gapSectionScores]).sort()).toEqual(
      [
        ["leader", "sales-leader", 80, ["agree", null], [80, null]],
        ["member", "seller", 40, ["disagree", null], [40, null]],
        ["member", "seller", 50, [null, null], [50, null]],
      ].sort(),
    );
    expect((await countTeamResponses([id])).get(id)).toEqual({ members: 3, completed: 2, leaderCompleted: true });
    // The admin's team size: the team's completed members, for each of its responses; nothing for a response outside.
    const outside = await db().response.create({ data: { instrumentVersion: "x" }, select: { id: true } });
    expect(await teamSizesOfResponses([leader.id, members[0]!.id, outside.id])).toEqual({ [leader.id]: 2, [members[0]!.id]: 2 });
    // The same figure in the admin's list (page and GET /api/v1/admin/responses).
    const listed = await listResponses({ page: 1, sort: "date", dir: "desc" }, 100);
    expect(listed.items.find((item) => item.id === leader.id)?.teamSize).toBe(2);
    const exported = await readExportBatch({}, { includeContact: false, includeOutOfPool: false, after: null, batchSize: 100 });
    expect(exported.find((row) => row.id === leader.id)?.team).toEqual({ role: "leader", size: 2 });
    expect((await listTeams({ skip: 0, take: 100 })).items.find((item) => item.id === id)).toMatchObject({ members: 3, completed: 2, leaderCompleted: true });

    await db().response.delete({ where: { id: members[0]!.id } });
    const after = await readTeamResponses(id, [], []);
    expect([after.started, after.completed.length]).toEqual([2, 2]);
  });

  it("keeps a team's mails with the team, and a mail belongs to a response or a team, never both or neither", async () => {
    const mail = { kind: "team-invite-link", toAddress: "lead@example.com", subject: "s", textBody: "t", htmlBody: "h", status: "stored", createdAt: new Date() };
    const { id } = await insertTeam({ name: "Mailed", leaderEmail: "lead@example.com", inviteCode: randomCode(), dashboardTokenHash: hashToken(newToken()), mails: [{ ...mail, id: randomUUID(), responseId: null, status: "stored" }], now: new Date() });
    expect(await db().outboxMail.count({ where: { teamId: id } })).toBe(1);
    await expect(db().outboxMail.create({ data: { ...mail, id: randomUUID() } })).rejects.toThrow();
    const draft = await createTeamDraft(id, "member", {});
    await expect(db().outboxMail.create({ data: { ...mail, id: randomUUID(), teamId: id, responseId: draft.id } })).rejects.toThrow();
    await expect(db().response.update({ where: { id: draft.id }, data: { teamRole: "boss" } })).rejects.toThrow();
  });
});
