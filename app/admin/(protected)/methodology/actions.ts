"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/require-admin";
import { startRescoreJob } from "@/lib/admin/methodology-job";

export type StartRescoreResult = { message: string } | null;

export async function startRescoreAction(): Promise<StartRescoreResult> {
  const admin = await requireAdmin();
  const job = await startRescoreJob(admin.email);
  revalidatePath("/admin/methodology");
  return job ? null : { message: "A re-score is already running; its progress is shown below." };
}
