import { describe, expect, it } from "vitest";
import { formatReportDate } from "./format";
import { contentDisposition, paperSizeFor, pdfFileNames } from "./pdf-download";

const date = new Date("2026-12-01T23:30:00Z");

describe("paperSizeFor", () => {
  it("takes the size asked for, else Letter for North America and A4 elsewhere", () => {
    expect(paperSizeFor("letter", "Europe")).toBe("letter");
    expect(paperSizeFor("A4", "North America")).toBe("a4");
    expect(paperSizeFor(null, "North America")).toBe("letter");
    expect(paperSizeFor("tabloid", "Europe")).toBe("a4");
    expect(paperSizeFor(null, undefined)).toBe("a4");
  });
});

describe("formatReportDate", () => {
  it("writes the UTC day in words, whatever the server's time zone", () => {
    expect(formatReportDate(date)).toBe("December 1, 2026");
  });
});

describe("pdfFileNames", () => {
  it("names the company and the date in safe characters", () => {
    expect(pdfFileNames({ company: "Acme Widgets, Inc.", shortId: "3f9a1c2b", date })).toEqual({
      ascii: "dealmaker-index-acme-widgets-inc-2026-12-01.pdf",
      unicode: "dealmaker-index-acme-widgets-inc-2026-12-01.pdf",
    });
  });

  it("keeps the company's own letters for filename* and spells them out in ASCII", () => {
    const names = pdfFileNames({ company: "Müller & Straße/../Søn", shortId: "3f9a1c2b", date });
    expect(names).toEqual({ ascii: "dealmaker-index-muller-strasse-son-2026-12-01.pdf", unicode: "dealmaker-index-müller-straße-søn-2026-12-01.pdf" });
  });

  it("falls back to the short id when there is no company or nothing of it is ASCII", () => {
    expect(pdfFileNames({ shortId: "3f9a1c2b", date }).ascii).toBe("dealmaker-index-3f9a1c2b-2026-12-01.pdf");
    expect(pdfFileNames({ company: "株式会社テスト", shortId: "3f9a1c2b", date })).toEqual({
      ascii: "dealmaker-index-3f9a1c2b-2026-12-01.pdf",
      unicode: "dealmaker-index-株式会社テスト-2026-12-01.pdf",
    });
  });

  it("keeps a long company name to a readable length", () => {
    const { ascii } = pdfFileNames({ company: "The Very Long Name of a Company That Sells Many Things Worldwide", shortId: "x", date });
    expect(ascii).toBe("dealmaker-index-the-very-long-name-of-a-company-that-sel-2026-12-01.pdf");
  });
});

describe("contentDisposition", () => {
  it("adds an RFC 6266 filename* only when the name is not plain ASCII", () => {
    expect(contentDisposition(pdfFileNames({ company: "Acme", shortId: "x", date }))).toBe(
      'attachment; filename="dealmaker-index-acme-2026-12-01.pdf"',
    );
    expect(contentDisposition(pdfFileNames({ company: "Müller", shortId: "x", date }))).toBe(
      "attachment; filename=\"dealmaker-index-muller-2026-12-01.pdf\"; filename*=UTF-8''dealmaker-index-m%C3%BCller-2026-12-01.pdf",
    );
  });
});
