import { describe, expect, it } from "vitest";
import { explainConnectionError } from "./connection-error";

const url = "postgresql://alice:secret@db.example:6543/sales";

describe("explainConnectionError", () => {
  it.each([
    [{ code: "ECONNREFUSED" }, "Cannot reach PostgreSQL at db.example:6543: connection refused"],
    [{ code: "ENOTFOUND" }, "the host name does not resolve"],
    [{ code: "28P01" }, 'rejected the password for user "alice"'],
    [{ code: "3D000" }, 'has no database "sales"'],
    [{ code: "XX000", message: "boom\nstack" }, "Cannot use PostgreSQL at db.example:6543: boom"],
  ])("explains %o in one line", (error, expected) => {
    const line = explainConnectionError(error, url);
    expect(line).toContain(expected);
    expect(line).not.toContain("\n");
    expect(line).not.toContain("secret");
  });
});

describe("explainConnectionError with Prisma's adapter errors", () => {
  const wrapped = (cause: object) => ({ code: "P2010", meta: { driverAdapterError: { cause } } });

  it.each([
    [{ kind: "DatabaseNotReachable", host: "db.example", port: 6543 }, "connection refused"],
    [{ kind: "DatabaseDoesNotExist", originalCode: "3D000", db: "sales" }, 'has no database "sales"'],
    [{ kind: "AuthenticationFailed" }, 'rejected the password for user "alice"'],
  ])("explains %o", (cause, expected) => {
    expect(explainConnectionError(wrapped(cause), url)).toContain(expected);
  });
});
