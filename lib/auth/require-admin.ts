// The server-side admin check. Every admin page, server action and route handler calls one of these;
// proxy.ts only adds a convenience redirect in front of them.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Route } from "next";
import { findAdminBySessionToken, type AdminIdentity } from "@/lib/db/admin-sessions";
import { findAdminByApiToken } from "@/lib/db/api-tokens";
import { serverEnv } from "@/lib/env";
import { originProblem } from "@/lib/http/server-action-guard";
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

/**
 * For route handlers that erase data: the admin, as adminFromRequest; "foreign-origin" when the request rides on the
 * session cookie and names another site in Origin (a bearer token is never sent by a browser on its own, so it needs
 * no such check; server actions get the same check from proxy.ts); "read-only" for an API token that may only read.
 */
export async function adminForWrite(request: Request): Promise<AdminIdentity | "foreign-origin" | "read-only" | null> {
  const bearer = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!bearer && originProblem(request.headers, serverEnv().TRUST_PROXY > 0)) return "foreign-origin";
  const admin = await adminFromRequest(request);
  if (admin && "scope" in admin && admin.scope !== "read-erase") return "read-only";
  return admin;
}
