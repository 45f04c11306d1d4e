"use server";

import { headers } from "next/headers";
import { mailResumeLink } from "@/lib/mail/resume-link-mail";
import { formStrings, type ActionState } from "@/lib/forms/action-state";
import { errorBody, fieldErrorsOf } from "@/lib/http/error-body";
import { countClient } from "@/lib/http/rate-limits";
import { ResumeMailFormSchema } from "@/lib/survey/resume-mail-schema";
import { readResumeToken } from "@/lib/survey/resume-cookie";

export type ResumeMailState = ActionState<{ sentTo: string; sent: boolean }>;

/**
 * "Email me a link to continue": mails this browser's draft's resume link (docs/decisions/025-mail.md). Only the
 * draft's holder (its cookie) can ask, and only for that draft; asks are limited per client, per draft and per
 * recipient. Arguments are typed `unknown`: a server action is a public endpoint.
 */
export async function mailResumeLinkAction(_previous: unknown, form: unknown): Promise<ResumeMailState> {
  const parsed = ResumeMailFormSchema.safeParse(formStrings(form, ["email"]));
  if (!parsed.success) return errorBody("Check the email address.", fieldErrorsOf(parsed.error.issues));
  const token = await readResumeToken();
  if (!token) return errorBody("There is no saved survey in this browser yet: save a step first.");
  const limited = await countClient(await headers(), "mailLink");
  if (limited) return errorBody(limited.message);
  const outcome = await mailResumeLink(token, parsed.data.email, new Date());
  if (outcome.status === "not-found") return errorBody("Your saved answers could not be found; please reload the page.");
  if (outcome.status === "refused") return errorBody(outcome.message);
  return { sentTo: parsed.data.email, sent: outcome.status === "queued" };
}
