import { describe, expect, it } from "vitest";
import { hasMalformedEscape } from "./malformed-path";

describe("hasMalformedEscape", () => {
  it.each(["/%zz", "/api/v1/admin/responses/%", "/abc%", "/a%2", "/%E0%A4%A", "/%C0%AF"])("refuses %s", (path) => {
    expect(hasMalformedEscape(path)).toBe(true);
  });
  it.each(["/", "/survey", "/api/v1/admin/responses/%20x", "/r/abc-_", "/%F0%9F%99%82", "/..%2F..%2Fhealth"])("accepts %s", (path) => {
    expect(hasMalformedEscape(path)).toBe(false);
  });
});
