"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/record";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/require-admin";
import { createApiToken, revokeApiToken } from "@/lib/db/api-tokens";
import { ApiTokenFormSchema } from "@/lib/admin/api-token-schema";
import { formStrings, type ActionState } from "@/lib/forms/action-state";
import { errorBody, fieldErrorsOf } from "@/lib/http/error-body";

export type CreateTokenState = ActionState<{ token: string; name: string }>;

// Arguments are typed `unknown`: a server action is a public endpoint, and anyone can post it any decodable value.
export async function createTokenAction(_previous: unknown, form: unknown): Promise<CreateTokenState> {
  const admin = await requireAdmin();
  const parsed = ApiTokenFormSchema.safeParse(formStrings(form, ["name", "scope", "days"]));
  if (!parsed.success) return errorBody("Check the highlighted fields.", fieldErrorsOf(parsed.error.issues));
  const { name, scope, days } = parsed.data;
  const expiresAt = new Date(Date.now() + Number(days) * 24 * 60 * 60 * 1000);
  const { token, summary } = await createApiToken(name, admin, { scope, expiresAt });
  await recordAudit("api-token.created", admin.email, { headers: await headers() }, { tokenId: summary.id, name, prefix: summary.prefix, scope, days: Number(days) });
  revalidatePath("/admin/api-tokens");
  return { token, name };
}

export async function revokeTokenAction(form: unknown): Promise<void> {
  const admin = await requireAdmin();
  const id = z.uuid().safeParse(formStrings(form, ["id"]).id);
  if (!id.success) return;
  if (await revokeApiToken(id.data)) await recordAudit("api-token.revoked", admin.email, { headers: await headers() }, { tokenId: id.data });
  revalidatePath("/admin/api-tokens");
}
