"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/record";
import { requireAdmin } from "@/lib/auth/require-admin";
import { startRescoreJob } from "@/lib/responses/methodology-job";
import { RESCORE_CONFIRM } from "@/lib/admin/rescore-confirm";
import { formStrings, type ActionState } from "@/lib/forms/action-state";
import { errorBody } from "@/lib/http/error-body";

/** Starting a job answers only errors: its progress is read from the page. */
export type StartRescoreState = ActionState<never>;

// Arguments are typed `unknown`: a server action is a public endpoint, and anyone can post it any decodable value.
export async function startRescoreAction(_previous: unknown, form: unknown): Promise<StartRescoreState> {
  const admin = await requireAdmin();
  if (formStrings(form, ["confirm"]).confirm !== RESCORE_CONFIRM) return errorBody("Use the button on this page to start a re-score.");
  const job = await startRescoreJob(admin.email);
  if (job) await recordAudit("rescore.started", admin.email, { headers: await headers() });
  revalidatePath("/admin/methodology");
  return job ? null : errorBody("A re-score is already running; its progress is shown below.");
}
