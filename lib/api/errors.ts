// Errors of the public API: always `{ error: { message, fields } }` (ApiErrorSchema), never a stack trace.
import { NextResponse } from "next/server";
import { fieldErrorsOf } from "@/lib/http/error-body";
import { jsonError } from "@/lib/http/json-error";
import { readJsonBody, withUnexpectedErrors } from "@/lib/http/json";
import { databaseUnavailable, serverFailure } from "./refusals";
import type { ApiError } from "./schemas";

type Issue = { path: readonly PropertyKey[]; message: string };

export const NO_STORE = { "cache-control": "no-store" } as const;


/** A zod failure as the API reports it: the first message per field, keyed by path ("body" for the whole). */
export function validationError(status: 400 | 422, message: string, issues: readonly Issue[]) {
  return jsonError(status, message, { fields: fieldErrorsOf(issues) });
}

export function isJsonContentType(header: string | null): boolean {
  const type = header?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json" || (type?.startsWith("application/") === true && type.endsWith("+json"));
}

/** The JSON body of an API request, or the 415 / 413 / 400 error to answer. */
export async function readApiJson(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; body: unknown } | { ok: false; response: NextResponse<ApiError> }> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return { ok: false, response: jsonError(415, "Send the body as JSON with Content-Type: application/json.") };
  }
  const read = await readJsonBody(request, maxBytes);
  return read.ok ? read : { ok: false, response: jsonError(read.status, read.message) };
}

export const unauthorized = () =>
  jsonError(401, "Sign in as an admin, or send Authorization: Bearer <API token>.", {
    headers: { "www-authenticate": 'Bearer realm="dealmaker-index"' },
  });

/**
 * Wraps a v1 route handler so an unexpected failure is logged with context and answered as JSON, without internals:
 * 503 with Retry-After while the database is unreachable or restarting, 500 for anything else.
 */
export function withApiErrors<Args extends unknown[]>(
  handler: (request: Request, ...args: Args) => Promise<Response>,
): (request: Request, ...args: Args) => Promise<Response> {
  return withUnexpectedErrors(handler, "API request failed", {
    failed: serverFailure,
    unavailable: databaseUnavailable,
  });
}
