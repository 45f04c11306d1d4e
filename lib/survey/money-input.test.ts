import { describe, expect, it } from "vitest";
import { caretAfterDigits, formatMoney, groupWhileTyping, parseMoney } from "./money-input";

describe("parseMoney", () => {
  it.each([
    ["33000000", 33_000_000],
    ["33,000,000", 33_000_000],
    ["33 000 000", 33_000_000],
    ["33\u202f000\u202f000", 33_000_000],
    ["33'000'000", 33_000_000],
    ["33.000.000", 33_000_000],
    ["$33M", 33_000_000],
    ["33m", 33_000_000],
    ["33 million", 33_000_000],
    ["€ 1.5m", 1_500_000],
    ["250k", 250_000],
    ["£250K", 250_000],
    ["2bn", 2_000_000_000],
    ["USD 1,200,000.50", 1_200_000.5],
    ["1,234.5", 1234.5],
    ["0", 0],
    ["1.2345m", 1_234_500],
    ["  42  ", 42],
  ])("reads %j as %d", (text, value) => {
    expect(parseMoney(text)).toBe(value);
  });

  it("leaves empty fields unanswered", () => {
    expect(parseMoney("")).toBeUndefined();
    expect(parseMoney("   ")).toBeUndefined();
  });

  it.each(["1.234", "33,00", "1,2,3", "about 5m", "5 apples", "12x", "-5", "1e6", "3.000", "$", "m", "33,000.000.000"])(
    "keeps %j as typed: it is ambiguous or not an amount",
    (text) => {
      expect(parseMoney(text)).toBe(text.trim());
    },
  );
});

describe("showing amounts", () => {
  it("groups digits in threes, with decimals kept", () => {
    expect(formatMoney(33_000_000)).toBe("33,000,000");
    expect(formatMoney(1234.5)).toBe("1,234.5");
    expect(formatMoney(0)).toBe("0");
  });

  it("regroups plain numbers while they are typed and leaves other text alone", () => {
    expect(groupWhileTyping("33000")).toBe("33,000");
    expect(groupWhileTyping("33,0000")).toBe("330,000");
    expect(groupWhileTyping("1234.")).toBe("1,234.");
    expect(groupWhileTyping("1234.56")).toBe("1,234.56");
    expect(groupWhileTyping("007")).toBe("7");
    expect(groupWhileTyping("33m")).toBeNull();
    expect(groupWhileTyping("$33")).toBeNull();
    expect(groupWhileTyping("")).toBeNull();
  });

  it("keeps the caret after the same digits", () => {
    // "3300|0" (4 digits before the caret) becomes "33,00|0".
    expect(caretAfterDigits("33,000", 4)).toBe(5);
    expect(caretAfterDigits("33,000", 0)).toBe(0);
    expect(caretAfterDigits("33,000", 9)).toBe(6);
  });
});
