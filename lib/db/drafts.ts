import "server-only";
import { INSTRUMENT_VERSION, type Answers, type Section } from "@/lib/instrument";
import { db } from "./client";
import { REPORT_LINK_COLUMNS, type StoredReportLink } from "./reports";
import { hashToken, isWellFormedToken, newToken } from "./tokens";

export type Draft = {
  id: string;
  status: "DRAFT" | "COMPLETED";
  answers: Answers;
  currentStep: number;
  /** What is stored of its report's link (only the hash: lib/responses/report-token.ts recovers the token). */
  report: StoredReportLink | null;
  startedAt: Date;
  updatedAt: Date;
  /** A retake's: the response it was started from (docs/decisions/027-retake.md); null for a first survey. */
  previousResponseId: string | null;
  /** Team mode (docs/decisions/030-team-mode.md): the team the draft was started in, and as whom. */
  teamId: string | null;
  teamRole: string | null;
};

export async function findDraft(resumeToken: string | undefined): Promise<Draft | null> {
  if (!resumeToken || !isWellFormedToken(resumeToken)) return null;
  const row = await db().response.findUnique({
    where: { resumeTokenHash: hashToken(resumeToken) },
    select: {
      id: true,
      status: true,
      answers: true,
      currentStep: true,
      startedAt: true,
      updatedAt: true,
      previousResponseId: true,
      teamId: true,
      teamRole: true,
      report: { select: REPORT_LINK_COLUMNS },
    },
  });
  if (!row) return null;
  return { ...row, answers: row.answers as Answers };
}

/**
 * Gives a draft a new resume token in place of `resumeToken`, which stops working at once (docs/decisions/
 * 016-resume-links.md); null when no draft in progress has that token (unknown, already used, or submitted).
 */
export async function rotateResumeToken(resumeToken: string): Promise<{ resumeToken: string } | null> {
  if (!isWellFormedToken(resumeToken)) return null;
  const next = newToken();
  const { count } = await db().response.updateMany({
    where: { resumeTokenHash: hashToken(resumeToken), status: "DRAFT" },
    data: { resumeTokenHash: hashToken(next) },
  });
  return count === 1 ? { resumeToken: next } : null;
}

export async function createDraft(): Promise<{ id: string; resumeToken: string }> {
  const resumeToken = newToken();
  const { id } = await db().response.create({
    data: { instrumentVersion: INSTRUMENT_VERSION, resumeTokenHash: hashToken(resumeToken) },
    select: { id: true },
  });
  return { id, resumeToken };
}

export type SaveStepResult = "saved" | "not-found" | "completed";

/**
 * Replaces one section's answers in a draft in a single statement (so two tabs saving at
 * once cannot lose each other's sections): the section's keys are removed, then the new
 * answers merged in. `nextStep` only moves forward.
 */
export async function saveDraftStep(
  resumeToken: string,
  section: Section,
  answers: Answers,
  nextStep: number,
): Promise<SaveStepResult> {
  const keys = section.questions.map((question) => question.id);
  const updated = await db().$executeRaw`
    UPDATE "Response"
       SET answers = (answers - ${keys}::text[]) || ${JSON.stringify(answers)}::jsonb,
           "currentStep" = GREATEST("currentStep", ${nextStep}),
           "updatedAt" = now()
     WHERE "resumeTokenHash" = ${hashToken(resumeToken)} AND status = 'DRAFT'`;
  if (updated === 1) return "saved";
  const existing = await db().response.findUnique({
    where: { resumeTokenHash: hashToken(resumeToken) },
    select: { status: true },
  });
  return existing ? "completed" : "not-found";
}
