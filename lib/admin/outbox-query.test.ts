import { describe, expect, it } from "vitest";
import { parseOutboxQuery } from "./outbox-query";

describe("parseOutboxQuery", () => {
  it("reads a known status and a creation time", () => {
    expect(parseOutboxQuery({ status: "failed", before: "2026-12-01T10:00:00.000Z" })).toEqual({
      status: "failed",
      before: new Date("2026-12-01T10:00:00.000Z"),
    });
  });

  it.each([
    [{ status: "bounced" }],
    [{ status: ["sent", "failed"], before: "yesterday" }],
    [{ before: "2026-13-45T99:99:99Z" }],
  ])("falls back to every mail, newest first, for %o", (params) => {
    const query = parseOutboxQuery(params);
    expect(query.before).toBeUndefined();
    if (!Array.isArray(params.status)) expect(query.status).toBeUndefined();
  });
});
