import { NextResponse } from "next/server";
import { logRequestError, requestLogger } from "@/lib/log";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { jsonError } from "./json-error";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./json-depth";

export type JsonBody = { ok: true; body: unknown } | { ok: false; status: 400 | 413; message: string };

const tooLarge = (maxBytes: number): JsonBody => ({
  ok: false,
  status: 413,
  message: `The request is too large (limit ${maxBytes} bytes).`,
});

/** The body as text, or null once it passes `maxBytes`: a body without a Content-Length is never read whole first. */
async function readCapped(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads a JSON body with a size cap (413), a syntax check and a nesting bound (400); an empty body reads as `undefined`. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return tooLarge(maxBytes);
  const text = await readCapped(request, maxBytes);
  if (text === null) return tooLarge(maxBytes);
  if (text.trim() === "") return { ok: true, body: undefined };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, message: "The request body is not valid JSON." };
  }
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
    return { ok: false, status: 400, message: `The request body nests deeper than ${MAX_JSON_DEPTH} levels; no answer needs that.` };
  }
  return { ok: true, body };
}

/** Reads a JSON body with a size cap; returns the parsed value or a ready error response. */
export async function readJson(request: Request, maxBytes: number): Promise<{ ok: true; body: unknown } | { ok: false; response: NextResponse }> {
  const read = await readJsonBody(request, maxBytes);
  return read.ok ? read : { ok: false, response: jsonError(read.status, read.message) };
}

type Handler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>;

/** What a wrapped route answers when it fails: `unavailable` when the database cannot be reached, else `failed`. */
export type FailureReplies = { failed: () => Response; unavailable: () => Response };

/** Seconds a client is asked to wait for an unreachable database: long enough for a PostgreSQL restart, short enough for a person. */
const DATABASE_RETRY_AFTER_SECONDS = 5;
/** The Retry-After header of a 503 for an unreachable database. */
export const RETRY_AFTER = { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) } as const;

/**
 * Wraps a route handler so an unexpected failure is logged with the request's id and context, and answered with a
 * plain message, never the error itself: 503 + Retry-After when the database is unreachable or restarting (a
 * client should simply retry), 500 otherwise.
 */
export function withUnexpectedErrors<Args extends unknown[]>(
  handler: Handler<Args>,
  label: string,
  replies: FailureReplies,
): Handler<Args> {
  return async (request, ...args) => {
    try {
      return await handler(request, ...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        requestLogger(request).warn({ err: error }, `${label}: database unavailable`);
        return replies.unavailable();
      }
      logRequestError(request, error, label);
      return replies.failed();
    }
  };
}

/** The browser-facing survey routes' wrapper. */
export function withJsonErrors<Args extends unknown[]>(handler: Handler<Args>): Handler<Args> {
  return withUnexpectedErrors(handler, "survey request failed", {
    failed: () => jsonError(500, "Something went wrong on our side; please try again in a moment."),
    unavailable: () =>
      jsonError(503, "The database is unavailable for a moment; your answers were not saved. Please try again in a few seconds.", {
        headers: RETRY_AFTER,
      }),
  });
}
