// Setting and clearing the session cookie from server actions.
import "server-only";
import { cookies, headers } from "next/headers";
import { deleteAdminSession } from "@/lib/db/admin-sessions";
import { isHttpsForwardedProto } from "@/lib/http/forwarded-proto";
import { ADMIN_SESSION_COOKIE } from "./session-cookie";

async function requestIsHttps(): Promise<boolean> {
  return isHttpsForwardedProto((await headers()).get("x-forwarded-proto"));
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(ADMIN_SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await requestIsHttps(),
    path: "/",
    expires: expiresAt,
  });
}

/** Sign-out: the session row is deleted, so the cookie is dead even if a copy of it survives somewhere. */
export async function endSession(): Promise<void> {
  const store = await cookies();
  await deleteAdminSession(store.get(ADMIN_SESSION_COOKIE)?.value);
  store.delete(ADMIN_SESSION_COOKIE);
}
