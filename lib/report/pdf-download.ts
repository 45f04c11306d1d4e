// What the PDF download is called and which paper it is laid out for. Pure: the report date is passed in.
export const PAPER_SIZES = ["a4", "letter"] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

// US Letter is the norm in the United States and Canada; everywhere else prints on A4.
const LETTER_REGIONS = new Set(["North America"]);

/** The paper a reader most likely has: from `?size=` when it names one, else from the region they sell in. */
export function paperSizeFor(requested: string | null, region: string | undefined): PaperSize {
  const asked = requested?.toLowerCase();
  if (asked === "a4" || asked === "letter") return asked;
  return region !== undefined && LETTER_REGIONS.has(region) ? "letter" : "a4";
}

const MAX_NAME_PART = 40;
// Letters that do not decompose into a base letter and an accent.
const SPELLED_OUT: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", þ: "th" };

/** Lower-case words joined by "-", cut to a readable length. */
function joinWords(text: string, separator: RegExp): string {
  // By code point, so a letter outside the Basic Multilingual Plane is never cut in half.
  return Array.from(text.split(separator).filter(Boolean).join("-")).slice(0, MAX_NAME_PART).join("").replace(/-+$/, "");
}

const asciiSlug = (text: string) =>
  joinWords(
    text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/[ßæœøłđþ]/g, (c) => SPELLED_OUT[c]!),
    /[^a-z0-9]+/g,
  );
const unicodeSlug = (text: string) => joinWords(text.toLowerCase().normalize("NFC"), /[^\p{L}\p{M}\p{N}]+/gu);

/**
 * `dealmaker-index-<company or id>-<yyyy-mm-dd>.pdf`, once in ASCII for `filename` and once keeping the company's
 * own letters for `filename*` (RFC 6266 / RFC 5987), so "Müller" stays "müller" where the browser supports it.
 */
export function pdfFileNames({ company, shortId, date }: { company?: string; shortId: string; date: Date }) {
  const day = date.toISOString().slice(0, 10);
  const ascii = asciiSlug(company ?? "") || asciiSlug(shortId);
  const unicode = unicodeSlug(company ?? "") || ascii;
  const name = (part: string) => `dealmaker-index-${part}-${day}.pdf`;
  return { ascii: name(ascii), unicode: name(unicode) };
}

export function contentDisposition(names: { ascii: string; unicode: string }): string {
  const plain = `attachment; filename="${names.ascii}"`;
  return names.unicode === names.ascii ? plain : `${plain}; filename*=UTF-8''${encodeURIComponent(names.unicode)}`;
}
