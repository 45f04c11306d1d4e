// Prisma's user-facing error codes for connection problems, so the CLI prints the usual
// "P1001: Can't reach database server …" instead of a stack trace. pg reports errors as
// Node/Postgres codes; the wasm engine throws plain Errors carrying only the message.
import { parse } from "pg-connection-string";

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "ETIMEDOUT", "EAI_AGAIN", "ECONNRESET"]);

/** { error_code, message } for an error from pg while talking to `url`. */
export function describePgError(error, url) {
  const { host = "localhost", port = "5432", user = "", database = "" } = url ? parse(url) : {};
  const at = `\`${host}:${port}\``;
  if (UNREACHABLE.has(error.code) || /timeout|Connection terminated/i.test(error.message))
    return { error_code: "P1001", message: `Can't reach database server at ${at}\n\nPlease make sure your database server is running at ${at}.` };
  if (error.code === "28P01" || error.code === "28000")
    return {
      error_code: "P1000",
      message: `Authentication failed against database server at ${at}, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at ${at}.`,
    };
  if (error.code === "3D000")
    return { error_code: "P1003", message: `Database \`${database}\` does not exist on the database server at ${at}.` };
  if (error.code === "42P04")
    return { error_code: "P1009", message: `Database \`${database}\` already exists on the database server at ${at}` };
  if (error.code === "42501")
    return { error_code: "P1010", message: `User \`${user}\` was denied access on the database \`${database}\`` };
  return { message: error.message };
}

// The wasm engine's messages for connection failures, which it throws without an error code.
const ENGINE_MESSAGES = [
  [/^Can't reach database server/, "P1001"],
  [/^Authentication failed/, "P1000"],
  [/^Database `.*` does not exist/, "P1003"],
  [/^Database `.*` already exists/, "P1009"],
];

/** { error_code?, message } for an Error thrown by the wasm engine (`code` is e.g. "P3018"). */
export function describeEngineError(error) {
  const message = String(error?.message ?? error);
  const code = error?.code ?? ENGINE_MESSAGES.find(([pattern]) => pattern.test(message))?.[1];
  return code ? { error_code: code, message } : { message };
}

/** One stderr log line in the native engine's tracing format, which the CLI parses. */
export function logLine(level, fields) {
  return JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" }) + "\n";
}
