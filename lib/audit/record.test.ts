// The audit trail against a real database: what recordAudit writes, and how the Activity page reads it back.
import { describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { listAuditEvents } from "@/lib/db/audit-events";
import { parseActivityQuery } from "./activity-query";
import { recordAudit } from "./record";

withMigratedDatabase();

describe("recordAudit", () => {
  it("stores the action, admin, address, request id and details, newest first, filtered by action and paged", async () => {
    const headers = new Headers({ "x-request-id": "req-123" });
    await recordAudit("sign-in.failed", "admin@example.com", { headers, address: "203.0.113.9" });
    await recordAudit("api-token.created", "admin@example.com", { headers }, { name: "reporting", prefix: "dmi_ab" });
    await recordAudit("response.erased", "other@example.com", { headers }, { responseId: "1b4e28ba-2fa1-11d2-883f-0016d3cca427" });

    const all = await listAuditEvents({ limit: 10 });
    expect(all.map((event) => event.action)).toEqual(["response.erased", "api-token.created", "sign-in.failed"]);
    expect(all[2]).toMatchObject({ actor: "admin@example.com", address: "203.0.113.9", requestId: "req-123", details: {} });
    expect(all[1]!.details).toEqual({ name: "reporting", prefix: "dmi_ab" });

    expect((await listAuditEvents({ action: "api-token.created", limit: 10 })).map((event) => event.actor)).toEqual(["admin@example.com"]);
    const page = await listAuditEvents({ limit: 1, beforeId: BigInt(all[0]!.id) });
    expect(page.map((event) => event.action)).toEqual(["api-token.created"]);
  });
});

describe("parseActivityQuery", () => {
  it("takes a known action and a positive id, and ignores anything else", () => {
    expect(parseActivityQuery({ action: "sign-in.failed", before: "42" })).toEqual({ action: "sign-in.failed", beforeId: 42n });
    expect(parseActivityQuery({ action: "drop table", before: "-1" })).toEqual({ action: undefined, beforeId: undefined });
    expect(parseActivityQuery({ action: ["response.erased", "x"], before: "1e9" })).toEqual({ action: "response.erased", beforeId: undefined });
    expect(parseActivityQuery({ before: "99999999999999999999" })).toEqual({ action: undefined, beforeId: undefined });
  });
});
