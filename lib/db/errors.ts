/**
 * Every question asked of a database error, with the one table of codes that answers them:
 *
 *   isDatabaseUnavailable(error): the server cannot be reached, is restarting or is out of connections (the route
 *     wrappers answer 503 with Retry-After: try again in a moment, nothing was stored) rather than a bug (500);
 *   isUniqueViolation(error): a unique index refused a row;
 *   explainConnectionError(error, url): one line a person can act on when a script cannot connect, with no stack
 *     trace and no password.
 *
 * The error may come from pg directly, from Prisma's pg adapter (a `kind` or the PostgreSQL code in
 * `meta.driverAdapterError.cause`), or from Prisma itself (a P-code), possibly wrapped in `cause` chains or an
 * AggregateError (pg tries IPv4 and IPv6).
 */
import "server-only";

type Code = { unavailable: boolean; explain?: (where: string, user: string, database: string) => string };

const socket = (explain?: Code["explain"]): Code => ({ unavailable: true, explain });
const unreachable = (why: string) => socket((where) => `Cannot reach PostgreSQL at ${where}: ${why}`);

/** SQLSTATEs, socket errors and Prisma codes, and what each means. */
const CODES: Record<string, Code> = {
  ECONNREFUSED: unreachable("connection refused (is the server running on that port?)"),
  ENOTFOUND: unreachable("the host name does not resolve"),
  EAI_AGAIN: unreachable("the host name does not resolve"),
  ETIMEDOUT: unreachable("the connection timed out"),
  ECONNRESET: socket(),
  EPIPE: socket(),
  EHOSTUNREACH: socket(),
  ENETUNREACH: socket(),
  "28P01": { unavailable: false, explain: (where, user) => `PostgreSQL at ${where} rejected the password for user "${user}"` },
  "28000": { unavailable: false, explain: (where, user) => `PostgreSQL at ${where} does not allow user "${user}" to connect` },
  "3D000": { unavailable: false, explain: (where, _user, database) => `PostgreSQL at ${where} has no database "${database}" (create it first)` },
  "53300": socket((where) => `PostgreSQL at ${where} has no free connections (too many clients)`),
  // admin_shutdown ("terminating connection due to administrator command"), crash_shutdown, cannot_connect_now
  // ("the database system is starting up"), connection exceptions
  "57P01": socket(),
  "57P02": socket(),
  "57P03": socket(),
  "08000": socket(),
  "08001": socket(),
  "08003": socket(),
  "08004": socket(),
  "08006": socket(),
  // Prisma: can't reach the server, timed out, server closed the connection, no connection from the pool in time
  P1001: socket(),
  P1002: socket(),
  P1017: socket(),
  P2024: socket(),
};

/** Prisma's adapter names what happened with a `kind` when there is no SQLSTATE; the code each stands for. */
const ADAPTER_KINDS: Record<string, string> = {
  DatabaseNotReachable: "ECONNREFUSED",
  DatabaseDoesNotExist: "3D000",
  AuthenticationFailed: "28P01",
  TooManyConnections: "53300",
  ConnectionClosed: "08006",
  SocketTimeout: "ETIMEDOUT",
};

const UNIQUE_VIOLATION = new Set(["23505", "P2002"]);

// pg's own errors without a code: a connection that died mid-query, or a pool that could not connect in time.
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

type ErrorLike = {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  originalMessage?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
};

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The codes one error carries itself: its own, the adapter's PostgreSQL code, the code its adapter kind stands for. */
function codesOf(error: ErrorLike): string[] {
  return [text(error.code), text(error.originalCode), ADAPTER_KINDS[text(error.kind) ?? ""]].filter((code) => code !== undefined);
}

/** The error and everything it wraps, outermost first. */
function chain(error: unknown, depth = 0): ErrorLike[] {
  if (typeof error !== "object" || error === null || depth > 5) return [];
  const e = error as ErrorLike;
  const wrapped = [e.cause, e.meta?.driverAdapterError, e.meta?.driverAdapterError?.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return [e, ...wrapped.flatMap((inner) => chain(inner, depth + 1))];
}

/** True when `error`, or anything it wraps, says the database is unreachable, restarting or out of connections. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some(
    (e) => codesOf(e).some((code) => CODES[code]?.unavailable) || UNAVAILABLE_MESSAGES.test(text(e.message) ?? ""),
  );
}

/** A unique index refused a row: Prisma's P2002, or PostgreSQL's 23505 from a statement sent through the pool. */
export function isUniqueViolation(error: unknown): boolean {
  const own = typeof error === "object" && error !== null ? codesOf(error as ErrorLike) : [];
  return own.some((code) => UNIQUE_VIOLATION.has(code));
}

/** One line for a script that cannot connect to `url`. */
export function explainConnectionError(error: unknown, url: string): string {
  const known = chain(error).flatMap((e) => codesOf(e).map((code) => ({ code, message: text(e.originalMessage) ?? text(e.message) })));
  const explained = known.find(({ code }) => CODES[code]?.explain);
  let where = "the database";
  let user = "";
  let database = "";
  if (URL.canParse(url)) {
    const parsed = new URL(url);
    where = `${parsed.hostname}:${parsed.port || "5432"}`;
    user = decodeURIComponent(parsed.username);
    database = decodeURIComponent(parsed.pathname.slice(1));
  }
  if (explained) return CODES[explained.code]!.explain!(where, user, database);
  const message = chain(error).map((e) => text(e.originalMessage) ?? text(e.message)).find(Boolean) ?? String(error);
  return `Cannot use PostgreSQL at ${where}: ${message.split("\n")[0]}`;
}
