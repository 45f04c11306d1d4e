"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Route } from "next";
import { signInAddress } from "@/lib/auth/sign-in-address";
import { endSession, setSessionCookie } from "@/lib/auth/session";
import { safeAdminPath } from "@/lib/auth/session-cookie";
import { signInAdmin } from "@/lib/auth/sign-in";
import { currentAdmin } from "@/lib/auth/require-admin";
import { recordAudit } from "@/lib/audit/record";
import { SignInSchema } from "@/lib/auth/sign-in-schema";
import { serverEnv } from "@/lib/env";
import { formStrings, type ActionState } from "@/lib/forms/action-state";
import { errorBody, fieldErrorsOf } from "@/lib/http/error-body";
import { peerAddressInstalled } from "@/lib/http/peer-address";

/** Sign-in answers only errors: on success it redirects. */
export type SignInState = ActionState<never>;

// Arguments are typed `unknown`: a server action is a public endpoint, and anyone can post it any decodable value.
export async function signIn(_previous: unknown, form: unknown): Promise<SignInState> {
  const { email, password, next } = formStrings(form, ["email", "password", "next"]);
  const parsed = SignInSchema.safeParse({ email, password });
  if (!parsed.success) return errorBody("Check the highlighted fields.", fieldErrorsOf(parsed.error.issues));
  const requestHeaders = await headers();
  const address = signInAddress(requestHeaders, serverEnv().TRUST_PROXY, peerAddressInstalled());
  const outcome = await signInAdmin({ ...parsed.data, address });
  const audit = { headers: requestHeaders, address };
  if (!outcome.ok) {
    await recordAudit(outcome.reason === "rate-limited" ? "sign-in.refused" : "sign-in.failed", parsed.data.email, audit);
    return errorBody(
      outcome.reason === "rate-limited"
        ? `Too many failed sign-ins. Try again in ${outcome.retryAfterMinutes} minutes.`
        : "That email and password do not match an admin account.",
    );
  }
  await recordAudit("sign-in.succeeded", parsed.data.email, audit);
  await setSessionCookie(outcome.token, outcome.expiresAt);
  redirect(safeAdminPath(next ?? null) as Route);
}

export async function signOut(): Promise<void> {
  const admin = await currentAdmin();
  if (admin) await recordAudit("sign-out", admin.email, { headers: await headers() });
  await endSession();
  redirect("/admin/sign-in");
}
