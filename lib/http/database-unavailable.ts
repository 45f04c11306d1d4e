// Tells "the database cannot be reached right now" apart from a bug, so the route wrappers answer 503 with
// Retry-After (try again in a moment, nothing was stored) instead of 500. The error may come from pg directly, from
// Prisma's pg adapter (a `kind` or the PostgreSQL code in `meta.driverAdapterError.cause`), or from Prisma itself
// (a P1xxx code), possibly wrapped in `cause` chains or an AggregateError (pg tries IPv4 and IPv6).

/** Seconds a client is asked to wait: long enough for a PostgreSQL restart, short enough for a person. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const CODES = new Set([
  // sockets
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN",
  // PostgreSQL: admin_shutdown ("terminating connection due to administrator command"), crash_shutdown,
  // cannot_connect_now ("the database system is starting up"), too_many_connections, connection exceptions
  "57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006",
  // Prisma: can't reach the server, timed out, server closed the connection, no connection from the pool in time
  "P1001", "P1002", "P1017", "P2024",
]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// pg's own errors without a code: a connection that died mid-query, or a pool that could not connect in time.
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

type ErrorLike = {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
};

function matches(error: ErrorLike): boolean {
  return (
    (typeof error.code === "string" && CODES.has(error.code)) ||
    (typeof error.originalCode === "string" && CODES.has(error.originalCode)) ||
    (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) ||
    (typeof error.message === "string" && MESSAGES.test(error.message))
  );
}

/** True when `error`, or anything it wraps, says the database is unreachable, restarting or out of connections. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const e = error as ErrorLike;
  if (matches(e)) return true;
  const wrapped = [e.cause, e.meta?.driverAdapterError, e.meta?.driverAdapterError?.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return wrapped.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
