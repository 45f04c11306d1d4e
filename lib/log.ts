// Structured logs (pino, JSON lines on stdout). LOG_LEVEL picks the level (default info; "silent" in quiet test runs).
// Errors are logged here with their stack; responses never carry either.
import pino from "pino";
import { LOG_LEVELS } from "@/lib/env";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";

// Read directly, not through serverEnv(), so logging works before the database URL is known; the launcher's
// parseEnv() has already refused a bad value, and anything else falls back to info rather than crash.
const configured = LOG_LEVELS.find((level) => level === process.env.LOG_LEVEL);

export const logger = pino({
  level: configured ?? "info",
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
