// Reading a PDF with poppler's command-line tools (pdftotext, pdfinfo), as a reader's viewer would draw it.
import { execFileSync } from "node:child_process";

export type Word = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };

/** Every word of one page with its box in points, from `pdftotext -bbox`. */
export function wordsOnPage(file: string, page: number): Word[] {
  const html = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-bbox", file, "-"], { encoding: "utf8" });
  const unescape = (text: string) =>
    text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: unescape(m[5]!),
  }));
}

// Boxes span each font's ascender to descender, so neighbouring lines may touch; a tenth of a point is not ink.
const TOUCH = 0.1;

/** Pairs of words whose boxes overlap: text printed over other text. */
export function overlappingWords(words: Word[]): [Word, Word][] {
  const pairs: [Word, Word][] = [];
  words.forEach((a, i) => {
    for (const b of words.slice(i + 1)) {
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (across > TOUCH && down > TOUCH) pairs.push([a, b]);
    }
  });
  return pairs;
}

/** Page 1's size in points and the page count, from `pdfinfo`. */
export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const size = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/)!;
  return { pages: Number(info.match(/Pages:\s+(\d+)/)![1]), width: Math.round(Number(size[1])), height: Math.round(Number(size[2])) };
}
