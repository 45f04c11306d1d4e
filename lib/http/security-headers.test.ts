import { describe, expect, it } from "vitest";
import { isHttpsForwardedProto } from "./forwarded-proto";
import { requestIdFrom } from "./request-id";
import { contentSecurityPolicy, isPrivatePath, newNonce, securityHeaders } from "./security-headers";

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce, never inline, and forbids framing", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", https: false, dev: false });
    const scripts = csp.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("upgrades sub-requests only behind HTTPS and allows eval only in development", () => {
    expect(contentSecurityPolicy({ nonce: "n", https: true, dev: false })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n", https: false, dev: true })).toContain("'unsafe-eval'");
  });
});

describe("securityHeaders", () => {
  it("sets nosniff, the referrer policy and a permissions policy; HSTS only behind HTTPS", () => {
    const plain = securityHeaders({ nonce: "n", https: false, dev: false });
    expect(plain).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    expect(plain["permissions-policy"]).toContain("camera=()");
    expect(plain["strict-transport-security"]).toBeUndefined();
    expect(securityHeaders({ nonce: "n", https: true, dev: false })["strict-transport-security"]).toMatch(/max-age=\d+/);
  });

  it("makes a different nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("requestIdFrom", () => {
  it("keeps a well-formed incoming id", () => {
    expect(requestIdFrom("lb-7f3a9c21:00042")).toBe("lb-7f3a9c21:00042");
  });

  it.each([null, "", "short", "has space in it", "line\nbreak-injected", "x".repeat(129), "<script>alert(1)</script>"])(
    "replaces %j with a fresh UUID",
    (incoming) => {
      expect(requestIdFrom(incoming)).toMatch(/^[0-9a-f-]{36}$/);
    },
  );
});

describe("isHttpsForwardedProto", () => {
  it.each([
    ["https", true],
    ["HTTPS", true],
    ["https, http", true],
    ["http, https", false],
    ["http", false],
    [null, false],
  ])("%j → %s", (value, expected) => {
    expect(isHttpsForwardedProto(value)).toBe(expected);
  });
});

describe("private pages", () => {
  it("are the report and resume links, the survey and the admin, the team pages, not the landing page, the API or look-alike paths", () => {
    for (const path of ["/r/abc", "/r/abc/pdf", "/survey", "/survey/resume/xyz", "/survey/new", "/admin", "/admin/responses", "/t/abc", "/t/abc/pdf", "/join/abc", "/teams/new"]) {
      expect(isPrivatePath(path), path).toBe(true);
    }
    for (const path of ["/", "/r", "/rates", "/surveys", "/administrator", "/api/v1/benchmarks", "/docs/api", "/sample-report", "/t", "/teamsters"]) {
      expect(isPrivatePath(path), path).toBe(false);
    }
  });

  it("are never indexed and never sent to another site as a referrer; other pages keep the default referrer policy", () => {
    expect(securityHeaders({ nonce: "n", https: false, dev: false, privatePage: true })).toMatchObject({
      "x-robots-tag": "noindex, nofollow",
      "referrer-policy": "same-origin",
    });
    expect(securityHeaders({ nonce: "n", https: false, dev: false })["x-robots-tag"]).toBeUndefined();
  });
});
