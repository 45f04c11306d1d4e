// The survey's HTTP contract, shared by the form (client) and the route handlers (server).
import { z } from "zod";

export const RESUME_COOKIE = "dmi_resume";
export const RESUME_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 90;
/** Far above any honest step (the pipeline step with 12 stages is a few kB). */
export const MAX_REQUEST_BYTES = 64 * 1024;

export const SaveStepRequestSchema = z.strictObject({
  sectionId: z.string().min(1).max(100),
  answers: z.record(z.string().max(200), z.unknown(), { error: "answers must be an object keyed by question id" }),
});

export type SaveStepResponse = { saved: true; nextStep: number; resumeUrl: string };
export type SubmitResponse = { completed: true; reportUrl: string };

export const resumePath = (token: string) => `/survey/resume/${token}`;
export const reportPath = (token: string) => `/r/${token}`;
/** A retake invitation's one-time link (docs/decisions/027-retake.md): a page that asks before anything is started. */
export const retakeInvitePath = (token: string) => `/survey/retake/${token}`;
/** The `n`th earlier report (1 the oldest) of the report at `token`, read through that newer report's own link. */
export const earlierReportPath = (token: string, n: number) => `/r/${token}/earlier/${n}`;
