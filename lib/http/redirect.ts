import { NextResponse } from "next/server";

/**
 * A 303 to a path on this site. The Location stays relative: behind a proxy, or when the
 * server was started with another host name, request.url's host can differ from the one the
 * browser used, and the cookies set with the redirect would then be lost.
 */
export function redirectTo(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { location: path } });
}
