"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Route } from "next";
import { signInAddress } from "@/lib/auth/sign-in-address";
import { endSession, setSessionCookie } from "@/lib/auth/session";
import { safeAdminPath } from "@/lib/auth/session-cookie";
import { signInAdmin } from "@/lib/auth/sign-in";
import { SignInSchema } from "@/lib/auth/sign-in-schema";
import { serverEnv } from "@/lib/env";
import { peerAddressInstalled } from "@/lib/http/peer-address";

export type SignInResult = {
  fieldErrors?: Partial<Record<"email" | "password", string>>;
  formError?: string;
};

// Arguments are typed `unknown`: a server action is a public endpoint, and anyone can post it any decodable value.
export async function signIn(input: unknown, next: unknown): Promise<SignInResult> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: SignInResult["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "email" || field === "password") && !fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    return { fieldErrors };
  }
  const address = signInAddress(await headers(), serverEnv().TRUST_PROXY, peerAddressInstalled());
  const outcome = await signInAdmin({ ...parsed.data, address });
  if (!outcome.ok) {
    return {
      formError:
        outcome.reason === "rate-limited"
          ? `Too many failed sign-ins. Try again in ${outcome.retryAfterMinutes} minutes.`
          : "That email and password do not match an admin account.",
    };
  }
  await setSessionCookie(outcome.token, outcome.expiresAt);
  redirect(safeAdminPath(typeof next === "string" ? next : null) as Route);
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect("/admin/sign-in");
}
