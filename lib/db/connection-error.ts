// Turns a driver error into one line a person can act on (no stack trace).
type PgLikeError = { code?: string; message?: string; hostname?: string; address?: string; port?: number };

export function explainConnectionError(error: unknown, url: string): string {
  const e = (error ?? {}) as PgLikeError;
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
    default:
      return `Cannot use PostgreSQL at ${where}: ${(e.message ?? String(error)).split("\n")[0]}`;
  }
}
