"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/require-admin";
import { createApiToken, revokeApiToken } from "@/lib/db/api-tokens";
import { ApiTokenNameSchema } from "@/lib/admin/api-token-schema";

export type CreateTokenResult = { token?: string; name?: string; fieldError?: string } | null;

// Arguments are typed `unknown`: a server action is a public endpoint, and anyone can post it any decodable value.
export async function createTokenAction(_previous: unknown, form: unknown): Promise<CreateTokenResult> {
  const admin = await requireAdmin();
  const parsed = ApiTokenNameSchema.safeParse(form instanceof FormData ? form.get("name") : undefined);
  if (!parsed.success) return { fieldError: parsed.error.issues[0]?.message };
  const { token } = await createApiToken(parsed.data, admin.email);
  revalidatePath("/admin/api-tokens");
  return { token, name: parsed.data };
}

export async function revokeTokenAction(form: unknown): Promise<void> {
  await requireAdmin();
  const id = z.uuid().safeParse(form instanceof FormData ? form.get("id") : undefined);
  if (!id.success) return;
  await revokeApiToken(id.data);
  revalidatePath("/admin/api-tokens");
}
