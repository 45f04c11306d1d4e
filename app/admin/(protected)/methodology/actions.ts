"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/require-admin";
import { startRescoreJob } from "@/lib/responses/methodology-job";
import { RESCORE_CONFIRM } from "@/lib/admin/rescore-confirm";

export type StartRescoreResult = { message: string } | null;

// Arguments are typed `unknown`: a server action is a public endpoint, and anyone can post it any decodable value.
export async function startRescoreAction(_previous: unknown, form: unknown): Promise<StartRescoreResult> {
  const admin = await requireAdmin();
  if (!(form instanceof FormData) || form.get("confirm") !== RESCORE_CONFIRM) {
    return { message: "Use the button on this page to start a re-score." };
  }
  const job = await startRescoreJob(admin.email);
  revalidatePath("/admin/methodology");
  return job ? null : { message: "A re-score is already running; its progress is shown below." };
}
