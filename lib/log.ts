// Structured logs (pino, JSON lines on stdout). LOG_LEVEL picks the level (default info; "silent" in quiet test runs).
// Errors are logged here with their stack; responses never carry either.
import pino from "pino";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "dealmaker-index" },
  redact: { paths: ["*.authorization", "*.cookie", "*.password", "*.token"], censor: "[redacted]" },
});

/** A child logger carrying the request's id, method and path. */
export function requestLogger(request: Request) {
  return logger.child({
    requestId: request.headers.get(REQUEST_ID_HEADER) ?? undefined,
    method: request.method,
    path: new URL(request.url).pathname,
  });
}

export function logRequestError(request: Request, error: unknown, message = "request failed") {
  requestLogger(request).error({ err: error }, message);
}
