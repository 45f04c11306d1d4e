"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/record";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/require-admin";
import { deleteResponse } from "@/lib/db/admin-responses";
import { formStrings, type ActionState } from "@/lib/forms/action-state";
import { errorBody } from "@/lib/http/error-body";

export type DeleteResponseState = ActionState<{ deleted: true }>;

const DeleteSchema = z.object({ id: z.uuid(), confirm: z.literal("delete") });

/**
 * Erasure on a participant's request; the confirm field comes from the confirmation step. Arguments are typed
 * `unknown`: a server action is a public endpoint, and anyone can post it any decodable value.
 */
export async function deleteResponseAction(_previous: unknown, form: unknown): Promise<DeleteResponseState> {
  const admin = await requireAdmin();
  const parsed = DeleteSchema.safeParse(formStrings(form, ["id", "confirm"]));
  if (!parsed.success) return errorBody("Confirm the deletion first.");
  const deleted = await deleteResponse(parsed.data.id);
  if (deleted) await recordAudit("response.erased", admin.email, { headers: await headers() }, { responseId: parsed.data.id });
  revalidatePath("/admin", "layout");
  return deleted ? { deleted: true } : errorBody("That response no longer exists.");
}
