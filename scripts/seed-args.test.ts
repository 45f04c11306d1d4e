import { describe, expect, it } from "vitest";
import { DEFAULT_SEED, parseSeedArgs, REPORTS_BY_DEFAULT_UP_TO } from "./seed-args";

describe("npm run seed arguments", () => {
  it("reads a count, a seed and drafts, in either --name value or --name=value form", () => {
    expect(parseSeedArgs(["--count", "500", "--seed=7", "--drafts", "40"])).toEqual({
      kind: "bulk", count: 500, seed: 7, drafts: 40, reports: true,
    });
    expect(parseSeedArgs(["--count=1000000"])).toEqual({
      kind: "bulk", count: 1_000_000, seed: DEFAULT_SEED, drafts: 0, reports: false,
    });
  });

  it("writes reports up to the default size unless told otherwise", () => {
    expect(parseSeedArgs(["--count", String(REPORTS_BY_DEFAULT_UP_TO)])).toMatchObject({ reports: true });
    expect(parseSeedArgs(["--count", String(REPORTS_BY_DEFAULT_UP_TO + 1)])).toMatchObject({ reports: false });
    expect(parseSeedArgs(["--count", "200000", "--reports"])).toMatchObject({ reports: true });
    expect(parseSeedArgs(["--count", "20", "--no-reports"])).toMatchObject({ reports: false });
  });

  it("seeds the first-run demo without --count, and answers --help", () => {
    expect(parseSeedArgs([])).toEqual({ kind: "demo" });
    expect(parseSeedArgs(["--count", "5", "--help"])).toEqual({ kind: "help" });
  });

  it.each([
    [["--count", "-5"], /--count must be a whole number.*"-5"/],
    [["--count", "abc"], /--count must be a whole number.*"abc"/],
    [["--count", "0"], /--count must be from 1/],
    [["--count", "2.5"], /whole number/],
    [["--count"], /got nothing/],
    [["--count", "10", "--seed", "99999999999"], /--seed must be from 0 to 4,294,967,295/],
    [["--count", "10", "--drafts", "-1"], /--drafts must be a whole number/],
    [["--cuont", "10"], /Unknown option --cuont/],
    [["10"], /Unexpected argument "10"/],
    [["--seed", "3"], /need --count/],
    [["--count", "3", "--reports", "--no-reports"], /not both/],
  ])("refuses %j with a clear message", (argv, message) => {
    expect(() => parseSeedArgs(argv)).toThrow(message);
  });
});
