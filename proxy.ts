// A convenience in front of the admin pages: no session cookie at all means straight to sign-in, and the requested
// path is passed on so requireAdmin() can send the admin back to it. The real check is requireAdmin() /
// adminFromRequest() on the server; this never lets anything through on its own.
import { NextResponse, type NextRequest } from "next/server";
import { ADMIN_PATH_HEADER } from "@/lib/auth/admin-path-header";
import { ADMIN_SESSION_COOKIE } from "@/lib/auth/session-cookie";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const headers = new Headers(request.headers);
  headers.set(ADMIN_PATH_HEADER, `${pathname}${search}`);
  const isPage = !pathname.endsWith(".csv") && request.method === "GET" && !request.headers.get("next-action");
  if (isPage && !request.cookies.has(ADMIN_SESSION_COOKIE)) {
    const signIn = new URL("/admin/sign-in", request.url);
    signIn.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/admin/((?!sign-in).*)", "/admin"] };
