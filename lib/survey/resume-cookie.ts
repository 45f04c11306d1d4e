import "server-only";
import { cookies, headers } from "next/headers";
import { RESUME_COOKIE, RESUME_COOKIE_MAX_AGE_SECONDS } from "./api";

export async function readResumeToken(): Promise<string | undefined> {
  return (await cookies()).get(RESUME_COOKIE)?.value;
}

export async function writeResumeToken(token: string): Promise<void> {
  // Secure only behind HTTPS: the demo serves plain http on loopback, where a Secure cookie would be dropped.
  const https = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(RESUME_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    path: "/",
    maxAge: RESUME_COOKIE_MAX_AGE_SECONDS,
  });
}

export async function clearResumeToken(): Promise<void> {
  (await cookies()).delete(RESUME_COOKIE);
}
