// Report links stored as hashes, given again only to whoever holds the secret they were derived from.
import { describe, expect, it } from "vitest";
import { hashToken, isWellFormedToken, newToken } from "@/lib/db/tokens";
import { issueReportLink, reissueReportLink } from "./report-token";

describe("issueReportLink", () => {
  it("derives a link its submitter's secret gives again, and no other secret does", () => {
    const secret = newToken();
    const issued = issueReportLink(secret);
    expect(isWellFormedToken(issued.token)).toBe(true);
    expect(issued.tokenHash).toBe(hashToken(issued.token));
    expect(issued.tokenSalt).not.toContain(issued.token);
    const stored = { tokenHash: issued.tokenHash, tokenSalt: issued.tokenSalt };
    expect(reissueReportLink(stored, secret)).toBe(issued.token);
    expect(reissueReportLink(stored, newToken())).toBeNull();
    expect(reissueReportLink({ ...stored, tokenHash: hashToken(newToken()) }, secret)).toBeNull();
  });

  it("gives one secret a new link each time (a new salt), even a short Idempotency-Key", () => {
    const links = Array.from({ length: 20 }, () => issueReportLink("1").token);
    expect(new Set(links).size).toBe(20);
    expect(links.every(isWellFormedToken)).toBe(true);
  });

  it("without a secret makes a random link that nobody can be given again", () => {
    const issued = issueReportLink();
    expect(issued.tokenSalt).toBeNull();
    expect(isWellFormedToken(issued.token)).toBe(true);
    expect(reissueReportLink({ tokenHash: issued.tokenHash, tokenSalt: null }, issued.token)).toBeNull();
    expect(reissueReportLink(null, issued.token)).toBeNull();
  });
});
