"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/require-admin";
import { deleteResponse } from "@/lib/db/admin-responses";

export type DeleteResponseResult = { ok: boolean; message: string };

const DeleteSchema = z.object({ id: z.uuid(), confirm: z.literal("delete") });

/**
 * Erasure on a participant's request; the confirm field comes from the confirmation step. Arguments are typed
 * `unknown`: a server action is a public endpoint, and anyone can post it any decodable value.
 */
export async function deleteResponseAction(_previous: unknown, form: unknown): Promise<DeleteResponseResult> {
  const admin = await requireAdmin();
  const fields = form instanceof FormData ? { id: form.get("id"), confirm: form.get("confirm") } : {};
  const parsed = DeleteSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, message: "Confirm the deletion first." };
  const deleted = await deleteResponse(parsed.data.id);
  console.info(`admin ${admin.email} deleted response ${parsed.data.id}: ${deleted ? "done" : "not found"}`);
  revalidatePath("/admin", "layout");
  return deleted
    ? { ok: true, message: "The response, its scores and its report were deleted." }
    : { ok: false, message: "That response no longer exists." };
}
