// Money as people write it: "33,000,000", "33 000 000", "$33M", "1.5m", "€250k", "2 billion". Pure, and small: the
// survey's money field (components/survey/money-field.tsx) parses what is typed or pasted and shows it back with
// thousands separators. Only unambiguous forms are read; anything else is kept as typed, so the step check says what
// to write instead of the answer being dropped.

const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3,
  m: 1e6, mn: 1e6, mio: 1e6, mill: 1e6, million: 1e6, millions: 1e6,
  b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9,
};

// Currency signs and codes around the amount say nothing about its size: they are dropped.
const CURRENCY = /^(?:[$€£¥₹]|usd|eur|gbp|chf|jpy|cad|aud|inr|sek|nok|dkk|us\$|a\$|c\$)\s*|\s*(?:[$€£¥₹]|usd|eur|gbp|chf|jpy|cad|aud|inr|sek|nok|dkk)$/i;

/**
 * The amount a money field's text means: undefined when it is empty, a number when it reads unambiguously, else the
 * trimmed text itself (the step check then asks for an amount). Groups of three digits may be split by commas, spaces
 * or apostrophes; a single dot is the decimal point ("1.5m"); dots splitting groups of three ("33.000.000") are
 * read as thousands separators only when there are two or more of them, and one dot before three digits is ambiguous.
 */
export function parseMoney(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  let rest = trimmed.replace(CURRENCY, "").replace(CURRENCY, "").trim();
  let scale = 1;
  const suffix = /^(.*?\d)\s*([a-z]+)\.?$/i.exec(rest);
  if (suffix) {
    const factor = SCALES[suffix[2]!.toLowerCase()];
    if (factor === undefined) return trimmed;
    scale = factor;
    rest = suffix[1]!;
  }
  const digits = normalise(rest, scale > 1);
  if (digits === null) return trimmed;
  const value = Number(digits) * scale;
  // Cents at most: 1.2345m is 1,234,500, and 0.005 is not an amount anyone means.
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : trimmed;
}

function normalise(text: string, scaled: boolean): string | null {
  const compact = text.replace(/[\s\u00a0\u202f'’_]/g, "");
  // "1.234" is a thousand and more to some, one and a bit to others: ambiguous, unless a scale follows ("1.234m").
  if (!scaled && /^\d{1,3}\.\d{3}$/.test(compact)) return null;
  if (/^\d+(\.\d+)?$/.test(compact)) return compact;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) return compact.replace(/,/g, "");
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(compact)) return compact.replace(/\./g, "");
  // Groups split by spaces or apostrophes only ("33 000 000") were joined above; anything else is ambiguous.
  return null;
}

const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** An amount as the field shows it: 33000000 → "33,000,000"; 1234.5 → "1,234.5". */
export function formatMoney(value: number): string {
  return GROUPED.format(value);
}

/**
 * The text while the participant types: digits grouped in threes as they go ("33000" → "33,000"), the decimal part
 * and any other text left alone. Returns null when the text is not a plain number being typed (a suffix, a sign),
 * so it is left as it is until it is read on leaving the field.
 */
export function groupWhileTyping(text: string): string | null {
  const match = /^([\d,]*)(\.\d*)?$/.exec(text);
  if (!match || !/\d/.test(match[1] ?? "")) return null;
  const integer = match[1]!.replace(/,/g, "").replace(/^0+(?=\d)/, "");
  return `${integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${match[2] ?? ""}`;
}

/** Where the caret goes after regrouping: after the same number of digits as before it. */
export function caretAfterDigits(text: string, digitsBefore: number): number {
  if (digitsBefore <= 0) return 0;
  let seen = 0;
  for (let index = 0; index < text.length; index++) {
    if (/\d/.test(text[index]!)) seen++;
    if (seen === digitsBefore) return index + 1;
  }
  return text.length;
}
