import { describe, expect, it } from "vitest";
import { safeAdminPath } from "./session-cookie";

describe("safeAdminPath", () => {
  it("keeps a path inside /admin with its query", () => {
    expect(safeAdminPath("/admin/benchmarks?industry=software")).toBe("/admin/benchmarks?industry=software");
  });

  it.each([
    [null], [""], ["https://evil.example/admin"], ["//evil.example/admin"], ["/admin\\\\evil"], ["/survey"],
    ["/admin/sign-in?next=/admin"], ["/admin\nSet-Cookie: x=1"], ["/admin/overview\r\n"], ["/admin\u0000"], ["/admin\u007f"],
  ])("sends %j to /admin", (next) => {
    expect(safeAdminPath(next)).toBe("/admin");
  });
});
