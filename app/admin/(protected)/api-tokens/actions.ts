"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/require-admin";
import { createApiToken, revokeApiToken } from "@/lib/db/api-tokens";
import { ApiTokenNameSchema } from "@/lib/admin/api-token-schema";

export type CreateTokenResult = { token?: string; name?: string; fieldError?: string } | null;

export async function createTokenAction(_previous: CreateTokenResult, form: FormData): Promise<CreateTokenResult> {
  const admin = await requireAdmin();
  const parsed = ApiTokenNameSchema.safeParse(form.get("name"));
  if (!parsed.success) return { fieldError: parsed.error.issues[0]?.message };
  const { token } = await createApiToken(parsed.data, admin.email);
  revalidatePath("/admin/api-tokens");
  return { token, name: parsed.data };
}

export async function revokeTokenAction(form: FormData): Promise<void> {
  await requireAdmin();
  const id = z.uuid().safeParse(form.get("id"));
  if (id.success) await revokeApiToken(id.data);
  revalidatePath("/admin/api-tokens");
}
