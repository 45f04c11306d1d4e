// The server-side admin check. Every admin page, server action and route handler calls one of these;
// proxy.ts only adds a convenience redirect in front of them.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Route } from "next";
import { findAdminBySessionToken, type AdminIdentity } from "@/lib/db/admin-sessions";
import { findAdminByApiToken } from "@/lib/db/api-tokens";
import { ADMIN_PATH_HEADER } from "./admin-path-header";
import { ADMIN_SESSION_COOKIE, safeAdminPath } from "./session-cookie";

export type { AdminIdentity };


/** The signed-in admin for the current request (server components and actions), or null. */
export async function currentAdmin(): Promise<AdminIdentity | null> {
  const token = (await cookies()).get(ADMIN_SESSION_COOKIE)?.value;
  return findAdminBySessionToken(token);
}

/** For pages, layouts and server actions: the signed-in admin, or a redirect to /admin/sign-in?next=… */
export async function requireAdmin(): Promise<AdminIdentity> {
  const admin = await currentAdmin();
  if (admin) return admin;
  const next = safeAdminPath((await headers()).get(ADMIN_PATH_HEADER));
  redirect(`/admin/sign-in?next=${encodeURIComponent(next)}` as Route);
}

/** Reads a cookie from a raw Cookie header (route handlers receive the Request itself). */
function cookieFromHeader(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/**
 * For route handlers: the admin behind the session cookie, or behind `Authorization: Bearer <api token>`
 * (hashed lookup in ApiToken; revoked tokens refused; lastUsedAt updated). Null means answer 401.
 */
export async function adminFromRequest(request: Request): Promise<AdminIdentity | null> {
  const authorization = request.headers.get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (bearer) return findAdminByApiToken(bearer);
  return findAdminBySessionToken(cookieFromHeader(request.headers.get("cookie"), ADMIN_SESSION_COOKIE));
}
