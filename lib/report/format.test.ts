import { describe, expect, it } from "vitest";
import { formatInFlight } from "./format";

describe("formatInFlight", () => {
  it("rounds to a whole count after 'about', and says 'less than one' rather than 'about 0'", () => {
    expect(formatInFlight((400 * 120) / 365)).toBe("about 132");
    expect(formatInFlight(0.6)).toBe("about 1");
    expect(formatInFlight((2 * 5) / 365)).toBe("less than one");
  });
});
