import { describe, expect, it } from "vitest";
import { parseOutboxQuery } from "./outbox-query";

describe("parseOutboxQuery", () => {
  it("reads a known status and a creation time", () => {
    expect(parseOutboxQuery({ status: "failed", before: "2026-12-01T10:00:00.000Z" })).toEqual({
      status: "failed",
      before: new Date("2026-12-01T10:00:00.000Z"),
    });
  });

  it.each<Record<string, string | string[]>>([{ status: "bounced" }, { before: "yesterday" }, { before: "2026-13-45T99:99:99Z" }])(
    "falls back to every mail, newest first, for %o",
    (params) => {
      expect(parseOutboxQuery(params)).toEqual({ status: undefined, before: undefined });
    },
  );

  it("takes the first of a repeated parameter", () => {
    expect(parseOutboxQuery({ status: ["sent", "failed"] }).status).toBe("sent");
  });
});
