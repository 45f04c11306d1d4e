// Admin sign-in against a real database: passwords, sessions (expiry, sign-out), the rate limit, API tokens.
import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { db } from "@/lib/db/client";
import { ADMIN_SESSION_IDLE_MS, ADMIN_SESSION_TTL_MS, deleteAdminSession, findAdminBySessionToken } from "@/lib/db/admin-sessions";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/db/api-tokens";
import { ensureAdmin } from "./ensure-admin";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import { signInAdmin, type SignInLimits } from "./sign-in";
import { signInAddress } from "./sign-in-address";

withMigratedDatabase();

const LIMITS: SignInLimits = { maxFailuresPerEmail: 3, maxFailuresPerAddress: 5, windowSeconds: 900 };
/** The limiter keeps time by the clock (rate-limiter-flexible), so the window test uses a short window and waits. */
const SHORT: SignInLimits = { ...LIMITS, windowSeconds: 6 };
const PASSWORD = "correct horse battery";

describe("passwords", () => {
  it("verifies the right password only, with a salted scrypt hash", async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(hash).not.toContain(PASSWORD);
    expect(await hashPassword(PASSWORD)).not.toBe(hash);
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
    expect(await verifyPassword("correct horse battery!", hash)).toBe(false);
    expect(await verifyPassword(PASSWORD, "not-a-hash")).toBe(false);
  });
});

/** A hash as the app made them before the cost went up (N = 2^15). */
function oldCostHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 256 * 1024 * 1024 });
  return ["scrypt", 2 ** 15, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
}

describe("ensureAdmin", () => {
  it("ends every session of an admin whose password is reset, and keeps them when the password is the same", async () => {
    await ensureAdmin("reset@example.com", PASSWORD);
    const now = new Date();
    const outcome = await signInAdmin({ email: "reset@example.com", password: PASSWORD, address: "e1" }, LIMITS, now);
    if (!outcome.ok) throw new Error("expected sign-in");
    await ensureAdmin("reset@example.com", PASSWORD); // every start-up does this
    expect(await findAdminBySessionToken(outcome.token, now)).not.toBeNull();
    await ensureAdmin("reset@example.com", "a brand new password");
    expect(await findAdminBySessionToken(outcome.token, now)).toBeNull();
  });

  it("makes an old, cheaper hash again at today's cost at the next sign-in, keeping the password", async () => {
    const { id } = (await db().adminUser.create({ data: { email: "old-hash@example.com", passwordHash: oldCostHash(PASSWORD) } }));
    expect(needsRehash((await db().adminUser.findUniqueOrThrow({ where: { id } })).passwordHash)).toBe(true);
    const outcome = await signInAdmin({ email: "old-hash@example.com", password: PASSWORD, address: "e2" }, LIMITS, new Date());
    expect(outcome.ok).toBe(true);
    const stored = (await db().adminUser.findUniqueOrThrow({ where: { id } })).passwordHash;
    expect(stored).toMatch(/^scrypt\$131072\$/);
    expect(needsRehash(stored)).toBe(false);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
  });

  it("creates once, then updates the password (idempotent), and refuses weak input", async () => {
    expect(await ensureAdmin("First@Example.com", "a first password")).toEqual({ email: "first@example.com", created: true });
    expect(await ensureAdmin("first@example.com", "a second password")).toEqual({ email: "first@example.com", created: false });
    expect(await db().adminUser.count({ where: { email: "first@example.com" } })).toBe(1);
    await expect(ensureAdmin("first@example.com", "short")).rejects.toThrow(/at least 12/);
    await expect(ensureAdmin("not-an-email", "long enough password")).rejects.toThrow(/email/);
  });
});

describe("signInAdmin", () => {
  it("signs in with the right password and gives a session that expires and ends at sign-out", async () => {
    await ensureAdmin("session@example.com", PASSWORD);
    const now = new Date("2026-11-01T10:00:00Z");
    const outcome = await signInAdmin({ email: "Session@Example.com", password: PASSWORD, address: "a1" }, LIMITS, now);
    if (!outcome.ok) throw new Error(`expected sign-in, got ${outcome.reason}`);
    expect(outcome.expiresAt.getTime() - now.getTime()).toBe(ADMIN_SESSION_TTL_MS);
    const admin = await findAdminBySessionToken(outcome.token, now);
    expect(admin?.email).toBe("session@example.com");
    // Only the hash is stored.
    expect(await db().adminSession.count({ where: { tokenHash: outcome.token } })).toBe(0);
    expect(await findAdminBySessionToken(outcome.token, new Date(now.getTime() + ADMIN_SESSION_TTL_MS))).toBeNull();
    await deleteAdminSession(outcome.token);
    expect(await findAdminBySessionToken(outcome.token, now)).toBeNull();
    expect(await findAdminBySessionToken("garbage", now)).toBeNull();
  });

  it("ends a session left unused for ADMIN_SESSION_IDLE_MS, and keeps one in use", async () => {
    await ensureAdmin("idle@example.com", PASSWORD);
    const start = new Date("2026-11-01T10:30:00Z");
    const outcome = await signInAdmin({ email: "idle@example.com", password: PASSWORD, address: "a2" }, LIMITS, start);
    if (!outcome.ok) throw new Error("expected sign-in");
    const at = (ms: number) => new Date(start.getTime() + ms);
    expect(await findAdminBySessionToken(outcome.token, at(ADMIN_SESSION_IDLE_MS - 60_000))).not.toBeNull(); // in use: seen again
    expect(await findAdminBySessionToken(outcome.token, at(2 * ADMIN_SESSION_IDLE_MS - 120_000))).not.toBeNull();
    expect(await findAdminBySessionToken(outcome.token, at(3 * ADMIN_SESSION_IDLE_MS))).toBeNull(); // left idle
  });

  it("refuses a wrong password and an unknown email with the same answer", async () => {
    await ensureAdmin("wrong@example.com", PASSWORD);
    const now = new Date("2026-11-01T11:00:00Z");
    expect(await signInAdmin({ email: "wrong@example.com", password: "nope", address: "b1" }, LIMITS, now)).toEqual({
      ok: false,
      reason: "invalid-credentials",
    });
    expect(await signInAdmin({ email: "nobody@example.com", password: PASSWORD, address: "b1" }, LIMITS, now)).toEqual({
      ok: false,
      reason: "invalid-credentials",
    });
  });

  it("locks an email at one address after too many failures, even for the right password, until the window passes", async () => {
    await ensureAdmin("locked@example.com", PASSWORD);
    const now = new Date("2026-11-01T12:00:00Z");
    const windowStarts = Date.now();
    // In parallel, so the password checks (scrypt, slow on a busy machine) fit well inside the short window.
    const failures = await Promise.all(
      Array.from({ length: SHORT.maxFailuresPerEmail }, (_, i) =>
        signInAdmin({ email: "locked@example.com", password: `guess ${i}`, address: "c1" }, SHORT, now),
      ),
    );
    expect(failures.every((outcome) => !outcome.ok && outcome.reason === "invalid-credentials")).toBe(true);
    const blocked = await signInAdmin({ email: "Locked@Example.com", password: PASSWORD, address: "c1" }, SHORT, now);
    expect(blocked).toMatchObject({ ok: false, reason: "rate-limited", retryAfterMinutes: 1 });
    await new Promise((resolve) => setTimeout(resolve, windowStarts + SHORT.windowSeconds * 1000 + 300 - Date.now()));
    expect((await signInAdmin({ email: "locked@example.com", password: PASSWORD, address: "c1" }, SHORT, now)).ok).toBe(true);
  });

  it("never locks the real admin out from elsewhere: failures at one address leave the email open at another", async () => {
    await ensureAdmin("target@example.com", PASSWORD);
    const now = new Date("2026-11-01T12:30:00Z");
    for (let i = 0; i < LIMITS.maxFailuresPerEmail + 2; i++) {
      await signInAdmin({ email: "target@example.com", password: `guess ${i}`, address: "attacker" }, LIMITS, now);
    }
    expect(await signInAdmin({ email: "target@example.com", password: PASSWORD, address: "attacker" }, LIMITS, now)).toMatchObject({
      reason: "rate-limited",
    });
    expect((await signInAdmin({ email: "target@example.com", password: PASSWORD, address: "office" }, LIMITS, now)).ok).toBe(true);
  });

  it("counts simultaneous guesses before checking them: 12 at once against a limit of 3 check at most 3 passwords", async () => {
    await ensureAdmin("race@example.com", PASSWORD);
    const now = new Date("2026-11-01T12:45:00Z");
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signInAdmin({ email: "race@example.com", password: `guess ${i}`, address: "r1" }, LIMITS, now)),
    );
    const checked = outcomes.filter((outcome) => !outcome.ok && outcome.reason === "invalid-credentials").length;
    // At most the limit, and fewer when the address's own limit refuses one the pair let through.
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(LIMITS.maxFailuresPerEmail);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "rate-limited")).toHaveLength(12 - checked);
  });

  it("does not count a success against the address", async () => {
    await ensureAdmin("busy@example.com", PASSWORD);
    const now = new Date("2026-11-01T12:50:00Z");
    for (let i = 0; i < LIMITS.maxFailuresPerAddress + 3; i++) {
      expect((await signInAdmin({ email: "busy@example.com", password: PASSWORD, address: "shared-office" }, LIMITS, now)).ok).toBe(true);
    }
  });

  it("limits one address across many emails, leaving other addresses alone", async () => {
    await ensureAdmin("victim@example.com", PASSWORD);
    const now = new Date("2026-11-01T13:00:00Z");
    for (let i = 0; i < LIMITS.maxFailuresPerAddress; i++) {
      await signInAdmin({ email: `spray${i}@example.com`, password: "x", address: "d1" }, LIMITS, now);
    }
    expect(await signInAdmin({ email: "victim@example.com", password: PASSWORD, address: "d1" }, LIMITS, now)).toMatchObject({
      reason: "rate-limited",
    });
    expect((await signInAdmin({ email: "victim@example.com", password: PASSWORD, address: "d2" }, LIMITS, now)).ok).toBe(true);
  });
});

describe("signInAddress", () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  it("uses the TCP peer unless proxies are trusted, never a client's own X-Forwarded-For", () => {
    const forged = headers({ "x-forwarded-for": "1.2.3.4", "x-dmi-peer-address": "10.0.0.7" });
    expect(signInAddress(forged, 0, true)).toBe("10.0.0.7");
    expect(signInAddress(forged, 0, false)).toBe("direct");
    expect(signInAddress(headers({ "x-forwarded-for": "forged, 9.9.9.9", "x-dmi-peer-address": "10.0.0.1" }), 1, true)).toBe("9.9.9.9");
    expect(signInAddress(headers({ "x-forwarded-for": "forged, 8.8.8.8, 10.0.0.1" }), 2, true)).toBe("8.8.8.8");
  });
});

describe("API tokens", () => {
  it("stores only a hash, shows a prefix, records use, and refuses revoked tokens", async () => {
    const { findAdminByApiToken } = await import("@/lib/db/api-tokens");
    await ensureAdmin("owner@example.com", PASSWORD);
    const owner = (await db().adminUser.findUniqueOrThrow({ where: { email: "owner@example.com" } }));
    const { token, summary } = await createApiToken("reporting", owner, { scope: "read", expiresAt: new Date("2027-01-01T00:00:00Z") });
    expect(token).toMatch(/^dmi_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(summary.prefix)).toBe(true);
    expect(await db().apiToken.count({ where: { tokenHash: token } })).toBe(0);
    const used = new Date("2026-11-02T09:00:00Z");
    expect(await findAdminByApiToken(token, used)).toEqual({ id: summary.id, email: "owner@example.com", scope: "read" });
    expect((await listApiTokens()).find((row) => row.id === summary.id)?.lastUsedAt).toEqual(used);
    expect(await findAdminByApiToken(`${token.slice(0, -1)}x`)).toBeNull();
    expect(await revokeApiToken(summary.id)).toBe(true);
    expect(await revokeApiToken(summary.id)).toBe(false);
    expect(await findAdminByApiToken(token)).toBeNull();
  });
});

describe("API token expiry and owner", () => {
  it("refuses a token from its expiry on, and deletes it with its owner", async () => {
    const { findAdminByApiToken } = await import("@/lib/db/api-tokens");
    await ensureAdmin("leaver@example.com", PASSWORD);
    const owner = await db().adminUser.findUniqueOrThrow({ where: { email: "leaver@example.com" } });
    const expiresAt = new Date("2027-03-01T00:00:00Z");
    const { token, summary } = await createApiToken("batch", owner, { scope: "read-erase", expiresAt });
    expect(await findAdminByApiToken(token, new Date(expiresAt.getTime() - 1000))).toMatchObject({ scope: "read-erase" });
    expect(await findAdminByApiToken(token, expiresAt)).toBeNull();
    await db().adminUser.delete({ where: { id: owner.id } });
    expect(await db().apiToken.count({ where: { id: summary.id } })).toBe(0);
  });
});
