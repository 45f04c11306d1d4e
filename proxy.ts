// Runs before every request except Next's static files:
// - security headers, with a fresh CSP nonce per request (Next reads it from the request's CSP header and puts it on
//   its scripts, which is why every page renders per request: see docs/decisions/007-security-headers.md);
// - a request id, honoured from X-Request-Id when well formed, passed to the handlers and returned;
// - a convenience in front of the admin pages: no session cookie at all means straight to sign-in, and the requested
//   path is passed on so requireAdmin() can send the admin back to it. The real check is requireAdmin() /
//   adminFromRequest() on the server; this never lets anything through on its own;
// - a malformed server-action request (unknown action id, wrong content type, arguments React cannot decode) is
//   answered with a 4xx here, where Next.js itself would answer 500 (lib/http/server-action-guard.ts).
import { jsonError } from "@/lib/http/json-error";
import { serverEnv } from "@/lib/env";
import { NextResponse, type NextRequest } from "next/server";
import { ADMIN_PATH_HEADER } from "@/lib/auth/admin-path-header";
import { ADMIN_SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { isHttpsForwardedProto } from "@/lib/http/forwarded-proto";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/http/request-id";
import { isPrivatePath, newNonce, securityHeaders } from "@/lib/http/security-headers";
import { hasMalformedEscape } from "@/lib/http/malformed-path";
import { refuseMalformedServerAction } from "@/lib/http/server-action-guard";

const isAdminPage = (pathname: string) =>
  pathname === "/admin" || (pathname.startsWith("/admin/") && !pathname.startsWith("/admin/sign-in"));

function adminSignInRedirect(request: NextRequest): NextResponse | undefined {
  const { pathname, search } = request.nextUrl;
  if (!isAdminPage(pathname)) return undefined;
  const isPage = !pathname.endsWith(".csv") && request.method === "GET" && !request.headers.get("next-action");
  if (!isPage || request.cookies.has(ADMIN_SESSION_COOKIE)) return undefined;
  const signIn = new URL("/admin/sign-in", request.url);
  signIn.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

function malformedPath(pathname: string): NextResponse | undefined {
  if (!hasMalformedEscape(pathname)) return undefined;
  const message = "The address has a broken percent-escape.";
  return pathname.startsWith("/api/")
    ? jsonError(400, message)
    : new NextResponse(message, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const security = securityHeaders({
    nonce: newNonce(),
    https: isHttpsForwardedProto(request.headers.get("x-forwarded-proto")) || request.nextUrl.protocol === "https:",
    dev: process.env.NODE_ENV === "development",
    privatePage: isPrivatePath(pathname),
  });

  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set("content-security-policy", security["content-security-policy"]!);
  if (isAdminPage(pathname)) headers.set(ADMIN_PATH_HEADER, `${pathname}${search}`);

  const response =
    malformedPath(pathname) ??
    (await refuseMalformedServerAction(request, pathname, undefined, serverEnv().TRUST_PROXY > 0)) ??
    adminSignInRedirect(request) ??
    NextResponse.next({ request: { headers } });
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
