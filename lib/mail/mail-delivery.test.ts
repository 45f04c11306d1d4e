// Mail end to end, against a real SMTP server started inside the test: a browser submission with an address and
// consent is mailed its report link once (however often the submit is repeated), and that link opens the report
// through the app's own route; "email me a link" mails the draft's resume link, bounded per draft and per recipient;
// a refused mail is retried and then sent; a mail past its last attempt is failed; erasure and the draft purge delete
// mails; the sweep queues lost mails again and deletes old ones (docs/decisions/025-mail.md).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { eventually } from "@/tests/support/jobs";
import { linkIn, startSmtpInbox, type SmtpInbox } from "@/tests/support/smtp-inbox";
import { instrument, PART_A_IDS, type Answers } from "@/lib/instrument";
import { db } from "@/lib/db/client";
import { deleteResponse } from "@/lib/db/admin-responses";
import { createDraft, findDraft, saveDraftStep } from "@/lib/db/drafts";
import { jobHandler, SEND_MAIL } from "@/lib/jobs/kinds";
import { sendJob, stopJobQueue } from "@/lib/jobs/queue";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { completeDraft } from "@/lib/responses/submit";
import { purgeExpiredDrafts } from "@/lib/responses/purge-drafts";
import { GET as getReport } from "@/app/api/v1/reports/[token]/route";
import { MAIL_MAX_ATTEMPTS } from "./kinds";
import { mailResumeLink, RESUME_MAILS_PER_DRAFT, RESUME_MAILS_PER_RECIPIENT } from "./resume-link-mail";
import { sendOutboxMail } from "./send-mail";
import { STALE_AFTER_MS, sweepOutbox } from "./sweep-outbox";
import { smtpDeliver } from "./transport";

const database = withMigratedDatabase();
const PUBLIC_URL = "https://survey.example.test";
const FROM = "Dealmaker Index <study@example.test>";
let inbox: SmtpInbox;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  // Read once, by the first serverEnv() call, which comes after this.
  Object.assign(process.env, { SMTP_URL: inbox.url, MAIL_FROM: FROM, PUBLIC_URL });
});
afterAll(async () => {
  await inbox.close();
  for (const name of ["SMTP_URL", "MAIL_FROM", "PUBLIC_URL"]) delete process.env[name];
});

const workers: RunningWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop(1000)));
  await stopJobQueue();
});

async function draftWith(answers: Answers) {
  const { id, resumeToken } = await createDraft();
  for (const [index, section] of instrument.sections.entries()) {
    const sectionAnswers = Object.fromEntries(section.questions.filter((q) => q.id in answers).map((q) => [q.id, answers[q.id]!]));
    await saveDraftStep(resumeToken, section, sectionAnswers, index + 1);
  }
  return { id, resumeToken };
}

const mailsOf = (responseId: string) =>
  db().outboxMail.findMany({ where: { responseId }, select: { id: true, kind: true, status: true, attempts: true, textBody: true, lastError: true } });

describe("mail over SMTP", () => {
  it("mails the report link once after a submission with consent, and the link opens the report", { timeout: 90_000 }, async () => {
    const email = "dana.report@example.com";
    const { id, resumeToken } = await draftWith({ ...buildAnswers("middle"), [PART_A_IDS.email]: email, [PART_A_IDS.name]: "Dana" });
    const outcome = await completeDraft(resumeToken);
    if (outcome.status !== "completed") throw new Error(outcome.status);
    // A repeated submit (a double click, a retry) stores nothing more and mails nothing more.
    expect(await completeDraft(resumeToken)).toEqual(outcome);
    expect(await mailsOf(id)).toMatchObject([{ kind: "report-link", status: "queued" }]);

    workers.push(await startWorker({ databaseUrl: database.url() }));
    const before = inbox.messages.length;
    const [mail] = (await inbox.waitFor(before + 1)).slice(before);
    expect(mail!.to).toMatchObject({ value: [{ address: email }] });
    expect(mail!.from?.text).toBe('"Dealmaker Index" <study@example.test>');
    expect(mail!.subject).toBe("Your Dealmaker Index report");
    expect(mail!.text).toContain("Hello Dana,");
    const link = linkIn(mail!, PUBLIC_URL);
    expect(link).toBe(`${PUBLIC_URL}/r/${outcome.reportToken}`);
    // Both parts, the same link, and nothing that loads from elsewhere (no tracking pixels).
    expect(mail!.html).toContain(`href="${link}"`);
    expect(mail!.html).not.toMatch(/<img|src=|url\(/i);

    const token = new URL(link).pathname.split("/").at(-1)!;
    const response = await getReport(new Request(link), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(200);
    const report = await db().report.findUniqueOrThrow({ where: { responseId: id }, select: { document: true } });
    expect(await response.json()).toEqual({ ...(report.document as object), earlier: [] });

    // Sent: the row keeps the envelope, and no longer the link.
    await eventually(async () => ((await mailsOf(id))[0]?.status === "sent" ? true : undefined), { what: "the mail marked sent" });
    expect(await mailsOf(id)).toMatchObject([{ status: "sent", attempts: 1, textBody: null }]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(inbox.messages.length).toBe(before + 1);
  });

  it("mails nothing without consent", async () => {
    const answers = buildAnswers("middle");
    for (const id of [PART_A_IDS.name, PART_A_IDS.email, PART_A_IDS.companyName]) delete answers[id];
    const { id, resumeToken } = await draftWith({ ...answers, [PART_A_IDS.consent]: false });
    expect((await completeDraft(resumeToken)).status).toBe("completed");
    expect(await mailsOf(id)).toEqual([]);
  });

  it("retries a mail the server refuses, with backoff, and sends it", { timeout: 90_000 }, async () => {
    // The real kind's first retry waits 30 s; the same handler on a queue that retries after 1 s.
    const quick = { ...SEND_MAIL, name: "test-send-mail-quick", queue: { ...SEND_MAIL.queue, retryDelay: 1, retryBackoff: false } };
    const deliver = smtpDeliver(inbox.url, FROM);
    workers.push(await startWorker({ databaseUrl: database.url(), handlers: [jobHandler(quick, ({ mailId }) => sendOutboxMail(mailId, deliver))] }));
    const { id, resumeToken } = await draftWith(buildAnswers("worst"));
    expect((await mailResumeLink(resumeToken, "retry.me@example.com", new Date())).status).toBe("queued");
    const mailId = (await mailsOf(id))[0]?.id;

    inbox.refuseNext(2);
    const before = inbox.messages.length;
    const refusedBefore = inbox.refused;
    await sendJob(quick, { mailId: mailId! });
    await inbox.waitFor(before + 1, 60_000);
    expect(inbox.refused - refusedBefore).toBe(2);
    await eventually(async () => ((await mailsOf(id))[0]?.status === "sent" ? true : undefined), { what: "the mail marked sent" });
    const [row] = await mailsOf(id);
    expect(row).toMatchObject({ status: "sent", attempts: 3, textBody: null });
    // The last refusal stays visible in the Outbox beside the sent status.
    expect(row!.lastError).toMatch(/451|busy/i);
  });

  it("marks a mail failed after its last attempt and keeps the error", async () => {
    const { id, resumeToken } = await draftWith(buildAnswers("best"));
    await mailResumeLink(resumeToken, "unreachable@example.com", new Date());
    const mailId = (await mailsOf(id))[0]?.id;
    const refuse = async () => {
      throw Object.assign(new Error("Connection refused"), { code: "ECONNECTION" });
    };
    for (let attempt = 1; attempt < MAIL_MAX_ATTEMPTS; attempt++) {
      await expect(sendOutboxMail(mailId!, refuse)).rejects.toThrow("Connection refused");
      expect(await mailsOf(id)).toMatchObject([{ status: "queued", attempts: attempt, lastError: "ECONNECTION: Connection refused" }]);
    }
    expect(await sendOutboxMail(mailId!, refuse)).toEqual({ sent: false, reason: `failed after ${MAIL_MAX_ATTEMPTS} attempts` });
    expect(await mailsOf(id)).toMatchObject([{ status: "failed", attempts: MAIL_MAX_ATTEMPTS, textBody: null, lastError: "ECONNECTION: Connection refused" }]);
    // A failed mail is not taken again.
    expect(await sendOutboxMail(mailId!, refuse)).toMatchObject({ sent: false });
  });
});

describe("email me a link to continue", () => {
  it("mails the draft's resume link, which opens that draft", { timeout: 60_000 }, async () => {
    workers.push(await startWorker({ databaseUrl: database.url() }));
    const { id, resumeToken } = await draftWith(buildAnswers("middle"));
    const before = inbox.messages.length;
    expect(await mailResumeLink(resumeToken, "later@example.com", new Date())).toEqual({ status: "queued" });
    const [mail] = (await inbox.waitFor(before + 1)).slice(before);
    expect(mail!.subject).toBe("Continue your Dealmaker Index survey");
    const link = linkIn(mail!, PUBLIC_URL);
    expect(link).toBe(`${PUBLIC_URL}/survey/resume/${resumeToken}`);
    expect((await findDraft(new URL(link).pathname.split("/").at(-1)))?.id).toBe(id);
  });

  it(`sends a draft at most ${RESUME_MAILS_PER_DRAFT} a day and an address at most ${RESUME_MAILS_PER_RECIPIENT}`, async () => {
    const now = new Date();
    const { resumeToken } = await draftWith(buildAnswers("best"));
    for (let n = 0; n < RESUME_MAILS_PER_DRAFT; n++) expect((await mailResumeLink(resumeToken, `draft-bound-${n}@example.com`, now)).status).toBe("queued");
    expect(await mailResumeLink(resumeToken, "draft-bound-x@example.com", now)).toMatchObject({ status: "refused", message: expect.stringMatching(/3 times today/) });

    const victim = "Victim@Example.com";
    for (let n = 0; n < RESUME_MAILS_PER_RECIPIENT; n++) {
      const draft = await createDraft();
      expect((await mailResumeLink(draft.resumeToken, n % 2 ? victim : victim.toLowerCase(), now)).status).toBe("queued");
    }
    const another = await createDraft();
    expect(await mailResumeLink(another.resumeToken, victim, now)).toMatchObject({ status: "refused", message: expect.stringMatching(/enough links/) });
    expect(await mailResumeLink("not-a-token", "someone@example.com", now)).toEqual({ status: "not-found" });
  });
});

describe("the outbox's lifetime", () => {
  it("erasing a response deletes its mails, queued or sent; the draft purge deletes a draft's", async () => {
    const completed = await draftWith(buildAnswers("middle"));
    expect((await completeDraft(completed.resumeToken)).status).toBe("completed");
    const draft = await draftWith(buildAnswers("worst"));
    await mailResumeLink(draft.resumeToken, "purged@example.com", new Date());
    const other = await draftWith(buildAnswers("best"));
    await mailResumeLink(other.resumeToken, "kept@example.com", new Date());
    expect(await mailsOf(completed.id)).toHaveLength(1);

    expect(await deleteResponse(completed.id)).toBe(true);
    expect(await mailsOf(completed.id)).toEqual([]);

    await db().response.update({ where: { id: draft.id }, data: { updatedAt: new Date(Date.now() - 40 * 24 * 60 * 60 * 1000) } });
    expect(await purgeExpiredDrafts(new Date(), 30)).toBeGreaterThanOrEqual(1);
    expect(await mailsOf(draft.id)).toEqual([]);
    expect(await mailsOf(other.id)).toHaveLength(1);
  });

  it("the sweep queues a mail whose job was lost again, and deletes mails past their retention", async () => {
    const now = new Date();
    const lost = await draftWith(buildAnswers("middle"));
    await mailResumeLink(lost.resumeToken, "lost@example.com", now);
    const old = await draftWith(buildAnswers("middle"));
    await mailResumeLink(old.resumeToken, "old@example.com", now);
    await db().outboxMail.updateMany({ where: { responseId: lost.id }, data: { updatedAt: new Date(now.getTime() - STALE_AFTER_MS - 1000) } });
    await db().outboxMail.updateMany({ where: { responseId: old.id }, data: { createdAt: new Date(now.getTime() - 31 * 24 * 60 * 60 * 1000) } });
    const jobsBefore = await sendMailJobs();

    const swept = await sweepOutbox(now, 30);
    expect(swept.deleted).toBe(1);
    expect(swept.requeued).toBeGreaterThanOrEqual(1);
    expect(await mailsOf(old.id)).toEqual([]);
    expect(await sendMailJobs()).toBe(jobsBefore + swept.requeued);
    // Touched: the next sweep leaves it to the job it queued.
    expect((await sweepOutbox(now, 30)).requeued).toBe(0);
  });
});

async function sendMailJobs(): Promise<number> {
  const [row] = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${SEND_MAIL.name}`;
  return row!.n;
}
