// Answers an error as JSON in the one shape of lib/http/error-body.ts, never cached. Free of logging and database
// imports so the proxy can use it too.
import { NextResponse } from "next/server";
import { errorBody, type ErrorBody } from "./error-body";

export interface JsonErrorOptions {
  fields?: Record<string, string>;
  headers?: Record<string, string>;
  /** On a 409 for an old instrument version: the version to fetch. */
  currentVersion?: string;
}

export function jsonError(status: number, message: string, options: JsonErrorOptions = {}): NextResponse<ErrorBody> {
  const body = errorBody(message, options.fields);
  if (options.currentVersion) body.error.currentVersion = options.currentVersion;
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store", ...options.headers } });
}
