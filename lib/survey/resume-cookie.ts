import "server-only";
import { cookies, headers } from "next/headers";
import type { NextResponse } from "next/server";
import { isHttpsForwardedProto } from "@/lib/http/forwarded-proto";
import { RESUME_COOKIE, RESUME_COOKIE_MAX_AGE_SECONDS } from "./api";

export async function readResumeToken(): Promise<string | undefined> {
  return (await cookies()).get(RESUME_COOKIE)?.value;
}

async function cookieOptions() {
  // Secure only behind HTTPS: the demo serves plain http on loopback, where a Secure cookie would be dropped.
  const https = isHttpsForwardedProto((await headers()).get("x-forwarded-proto"));
  return { httpOnly: true, sameSite: "lax" as const, secure: https, path: "/", maxAge: RESUME_COOKIE_MAX_AGE_SECONDS };
}

export async function writeResumeToken(token: string): Promise<void> {
  (await cookies()).set(RESUME_COOKIE, token, await cookieOptions());
}

/** For redirects, which carry their own headers: the cookie goes on the response itself. */
export async function withResumeToken(response: NextResponse, token: string): Promise<NextResponse> {
  response.cookies.set(RESUME_COOKIE, token, await cookieOptions());
  return response;
}
