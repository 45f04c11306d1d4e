import net from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { explainConnectionError, isDatabaseUnavailable, isUniqueViolation } from "./errors";

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("isDatabaseUnavailable", () => {
  it("recognises pg's error when nothing listens on the port", async () => {
    const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${await closedPort()}/none` });
    const error = await client.connect().then(() => null, (caught: unknown) => caught);
    expect(error).toBeTruthy();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["PostgreSQL restarting (admin_shutdown)", { code: "57P01", message: "terminating connection due to administrator command", severity: "FATAL" }],
    ["PostgreSQL starting up", { code: "57P03", message: "the database system is starting up" }],
    ["a connection that died mid-query", new Error("Connection terminated unexpectedly")],
    ["Prisma's adapter, server not reachable", { code: "P1001", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } }],
    ["Prisma's adapter, a PostgreSQL code", { name: "DriverAdapterError", cause: { kind: "postgres", originalCode: "57P01" } }],
    ["Prisma's adapter, connection closed", { meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } }],
    ["an AggregateError from IPv4 and IPv6 attempts", new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })])],
    ["a wrapped cause", new Error("query failed", { cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }) })],
  ])("recognises %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["a constraint violation", { code: "23505", message: "duplicate key value violates unique constraint" }],
    ["Prisma's unique violation", { code: "P2002", meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } } }],
    ["a syntax error", { code: "42601", message: "syntax error" }],
    ["not an error", "ECONNREFUSED"],
    ["null", null],
  ])("does not take %s for an outage", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

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

describe("isUniqueViolation", () => {
  it.each([
    ["PostgreSQL's 23505 from the pool", { code: "23505", message: "duplicate key value violates unique constraint" }],
    ["Prisma's P2002", { code: "P2002", meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } } }],
  ])("recognises %s", (_label, error) => {
    expect(isUniqueViolation(error)).toBe(true);
  });

  it.each([
    ["an outage", { code: "57P01" }],
    ["a foreign-key violation", { code: "23503" }],
    ["null", null],
  ])("does not take %s for a unique violation", (_label, error) => {
    expect(isUniqueViolation(error)).toBe(false);
  });
});
