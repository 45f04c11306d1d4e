// Turns a driver error (from pg, or from Prisma's pg adapter) into one line a person can act
// on, with no stack trace and no password.
type PgLikeError = { code?: string; message?: string };
type AdapterCause = { kind?: string; originalCode?: string; originalMessage?: string };

// Prisma wraps pg's error; the adapter's "kind" says what happened when there is no SQLSTATE.
const ADAPTER_KINDS: Record<string, string> = {
  DatabaseNotReachable: "ECONNREFUSED",
  DatabaseDoesNotExist: "3D000",
  AuthenticationFailed: "28P01",
  TooManyConnections: "53300",
};

function unwrap(error: unknown): PgLikeError {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: AdapterCause } } })?.meta?.driverAdapterError?.cause;
  if (!cause) return (error ?? {}) as PgLikeError;
  return { code: cause.originalCode ?? ADAPTER_KINDS[cause.kind ?? ""], message: cause.originalMessage ?? cause.kind };
}

export function explainConnectionError(error: unknown, url: string): string {
  const e = unwrap(error);
  let where = "the database";
  let user = "";
  let database = "";
  if (URL.canParse(url)) {
    const parsed = new URL(url);
    where = `${parsed.hostname}:${parsed.port || "5432"}`;
    user = decodeURIComponent(parsed.username);
    database = decodeURIComponent(parsed.pathname.slice(1));
  }
  switch (e.code) {
    case "ECONNREFUSED":
      return `Cannot reach PostgreSQL at ${where}: connection refused (is the server running on that port?)`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach PostgreSQL at ${where}: the host name does not resolve`;
    case "ETIMEDOUT":
      return `Cannot reach PostgreSQL at ${where}: the connection timed out`;
    case "28P01":
      return `PostgreSQL at ${where} rejected the password for user "${user}"`;
    case "28000":
      return `PostgreSQL at ${where} does not allow user "${user}" to connect`;
    case "3D000":
      return `PostgreSQL at ${where} has no database "${database}" (create it first)`;
    case "53300":
      return `PostgreSQL at ${where} has no free connections (too many clients)`;
    default:
      return `Cannot use PostgreSQL at ${where}: ${(e.message ?? String(error)).split("\n")[0]}`;
  }
}
