import { NextResponse } from "next/server";
import type { ErrorResponse } from "@/lib/survey/api";

export function jsonError(status: number, error: string, fieldErrors?: Record<string, string>) {
  const body: ErrorResponse = fieldErrors ? { error, fieldErrors } : { error };
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store" } });
}

/** Reads a JSON body with a size cap; returns the parsed value or a ready error response. */
export async function readJson(request: Request, maxBytes: number): Promise<{ ok: true; body: unknown } | { ok: false; response: NextResponse }> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return { ok: false, response: jsonError(413, `The request is too large (limit ${maxBytes} bytes).`) };
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, response: jsonError(413, `The request is too large (limit ${maxBytes} bytes).`) };
  if (text.trim() === "") return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: jsonError(400, "The request body is not valid JSON.") };
  }
}

/** zod issues → { "path.to.field": "message" }, first message per field. */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "body";
    errors[key] ??= issue.message;
  }
  return errors;
}
