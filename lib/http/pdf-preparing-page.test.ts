// The page shown while a PDF renders is styled with the app's own tokens, and says what is happening.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PDF_REFRESH_SECONDS, PREPARING_PAGE_TOKENS, pdfPreparingPage } from "./pdf-preparing-page";

const stylesheet = readFileSync(path.resolve(import.meta.dirname, "../../app/globals.css"), "utf8");

describe("the PDF-preparing page", () => {
  it.each(Object.entries(PREPARING_PAGE_TOKENS))("uses the app's %s", (name, value) => {
    expect(stylesheet).toContain(`${name}: ${value};`);
  });

  it("answers 202, refreshes itself, links back to the report and escapes the path", async () => {
    const response = pdfPreparingPage('/r/abc"<x>');
    expect(response.status).toBe(202);
    expect(response.headers.get("retry-after")).toBe(String(PDF_REFRESH_SECONDS));
    const html = await response.text();
    expect(html).toContain(`<meta http-equiv="refresh" content="${PDF_REFRESH_SECONDS}">`);
    expect(html).toContain('<a href="/r/abc&quot;&lt;x&gt;">Back to the report</a>');
    expect(html).toContain("<style>");
  });
});
