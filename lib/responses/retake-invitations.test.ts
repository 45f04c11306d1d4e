// Retake invitations (docs/decisions/027-retake.md): the daily job mails each consenting participant once,
// RETAKE_INVITE_AFTER_DAYS after their latest report; the mailed link opens a page that changes nothing, starts one
// prefilled retake once, and not after it expires; only its hash is stored; erasure takes the invitation and its mail.
import { describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { countResponses, saveAll, submit, submitFirst } from "@/tests/support/retakes";
import { CONTACT_FIELD_IDS, PART_A_IDS, type Answers } from "@/lib/instrument";
import { db } from "@/lib/db/client";
import { deleteResponse } from "@/lib/db/admin-responses";
import { findDraft } from "@/lib/db/drafts";
import { findRetakeSourceByInvite } from "@/lib/db/retakes";
import { hashToken } from "@/lib/db/tokens";
import { INVITE_WINDOW_DAYS, inviteRetakes, RETAKE_INVITE_VALID_DAYS } from "./retake-invitations";
import { startRetake } from "./retake";

withMigratedDatabase();

const DAY = 24 * 60 * 60 * 1000;
const AFTER = 365;
const NOW = new Date("2027-06-01T09:23:00.000Z");
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY);

const withAddress = (email: string): Answers => ({ ...buildAnswers("middle"), [PART_A_IDS.email]: email, [PART_A_IDS.name]: "Robin" });
function withoutContact(): Answers {
  const answers: Answers = { ...buildAnswers("middle"), [PART_A_IDS.consent]: false };
  for (const id of CONTACT_FIELD_IDS) delete answers[id];
  return answers;
}

const invitesOf = (responseId: string) => db().retakeInvite.findMany({ where: { responseId }, select: { tokenHash: true, usedAt: true, expiresAt: true } });
const inviteMailsOf = (responseId: string) =>
  db().outboxMail.findMany({ where: { responseId, kind: "retake-invite" }, select: { toAddress: true, subject: true, textBody: true, status: true } });

/** The one-time token in a mail's text (the mail is stored, not sent: no SMTP_URL in this test). */
function tokenIn(text: string | null): string {
  const match = /\/survey\/retake\/([A-Za-z0-9_-]{43})/.exec(text ?? "");
  if (!match) throw new Error(`no invitation link in ${text}`);
  return match[1]!;
}

describe("the invitation job", () => {
  it("mails each consenting participant's latest report once, when it is due, and no one else", async () => {
    const due = await submitFirst(withAddress("due@example.com"), daysBefore(AFTER + 1));
    const notYet = await submitFirst(withAddress("soon@example.com"), daysBefore(AFTER - 2));
    const tooOld = await submitFirst(withAddress("old@example.com"), daysBefore(AFTER + INVITE_WINDOW_DAYS + 1));
    const noConsent = await submitFirst(withoutContact(), daysBefore(AFTER + 2));
    // Retaken since: the earlier report is not the latest, and the retake is not due yet.
    const retaken = await submitFirst(withAddress("again@example.com"), daysBefore(AFTER + 3));
    const started = await startRetake({ via: { report: retaken.reportToken }, currentResumeToken: undefined, setAside: false, now: NOW });
    if (started.status !== "started") throw new Error(started.status);
    await saveAll(started.resumeToken, { ...withAddress("again@example.com"), [PART_A_IDS.consent]: true });
    const retake = await submit(started.resumeToken, daysBefore(10));

    expect(await inviteRetakes(NOW, AFTER)).toBe(1);
    const [mail] = await inviteMailsOf(due.responseId);
    expect(mail).toMatchObject({ toAddress: "due@example.com", status: "stored", subject: "Take the Dealmaker Index again and see what has changed" });
    expect(mail!.textBody).toContain("Hello Robin,");
    const [invite] = await invitesOf(due.responseId);
    expect(invite).toMatchObject({ tokenHash: hashToken(tokenIn(mail!.textBody)), usedAt: null });
    expect(invite!.expiresAt.getTime()).toBe(NOW.getTime() + RETAKE_INVITE_VALID_DAYS * DAY);
    for (const other of [notYet, tooOld, noConsent, retaken, retake]) {
      expect(await invitesOf(other.responseId)).toEqual([]);
      expect(await inviteMailsOf(other.responseId)).toEqual([]);
    }

    // Once per report: the next runs, and one on the next day, mail nothing more.
    expect(await inviteRetakes(NOW, AFTER)).toBe(0);
    expect(await inviteRetakes(new Date(NOW.getTime() + DAY), AFTER)).toBe(0);
    expect(await inviteMailsOf(due.responseId)).toHaveLength(1);
  });
});

describe("an invitation's link", () => {
  it("starts one prefilled retake, once; the page's read changes nothing; only its hash is stored", async () => {
    const first = await submitFirst(withAddress("link@example.com"), daysBefore(AFTER + 5));
    await inviteRetakes(NOW, AFTER);
    const token = tokenIn((await inviteMailsOf(first.responseId))[0]!.textBody);
    const count = await countResponses();

    // What the confirm page reads, any number of times: nothing is used or written.
    for (let read = 0; read < 2; read++) expect(await findRetakeSourceByInvite(token, NOW)).toMatchObject({ responseId: first.responseId });
    expect(await countResponses()).toBe(count);
    expect((await invitesOf(first.responseId))[0]!.usedAt).toBeNull();
    // The token is in the mail and nowhere else.
    expect(await db().retakeInvite.count({ where: { tokenHash: token } })).toBe(0);

    const started = await startRetake({ via: { invite: token }, currentResumeToken: undefined, setAside: false, now: NOW });
    if (started.status !== "started") throw new Error(started.status);
    const draft = await findDraft(started.resumeToken);
    expect(draft).toMatchObject({ status: "DRAFT", previousResponseId: first.responseId });
    expect(draft!.answers[PART_A_IDS.email]).toBe("link@example.com");
    expect((await invitesOf(first.responseId))[0]!.usedAt).toEqual(NOW);

    // Used: the page finds nothing, and a second post (another browser, a double click) starts nothing.
    expect(await findRetakeSourceByInvite(token, NOW)).toBeNull();
    expect(await startRetake({ via: { invite: token }, currentResumeToken: undefined, setAside: true, now: NOW })).toEqual({ status: "not-found" });
    expect(await countResponses()).toBe(count + 1);
  });

  it("does not work once expired, nor with a report's token or a malformed one", async () => {
    const first = await submitFirst(withAddress("late@example.com"), daysBefore(AFTER + 6));
    await inviteRetakes(NOW, AFTER);
    const token = tokenIn((await inviteMailsOf(first.responseId))[0]!.textBody);
    const expired = new Date(NOW.getTime() + RETAKE_INVITE_VALID_DAYS * DAY);
    const count = await countResponses();
    expect(await findRetakeSourceByInvite(token, expired)).toBeNull();
    for (const invite of [token, first.reportToken, "not-a-token"]) {
      const now = invite === token ? expired : NOW;
      expect(await startRetake({ via: { invite }, currentResumeToken: undefined, setAside: true, now })).toEqual({ status: "not-found" });
    }
    expect(await countResponses()).toBe(count);
    expect((await invitesOf(first.responseId))[0]!.usedAt).toBeNull();
  });

  it("is erased with the response, with its mail", async () => {
    const first = await submitFirst(withAddress("erase@example.com"), daysBefore(AFTER + 7));
    await inviteRetakes(NOW, AFTER);
    const token = tokenIn((await inviteMailsOf(first.responseId))[0]!.textBody);
    expect(await deleteResponse(first.responseId)).toBe(true);
    expect(await db().retakeInvite.count({ where: { responseId: first.responseId } })).toBe(0);
    expect(await db().outboxMail.count({ where: { responseId: first.responseId } })).toBe(0);
    expect(await findRetakeSourceByInvite(token, NOW)).toBeNull();
    expect(await inviteRetakes(NOW, AFTER)).toBe(0);
  });
});
