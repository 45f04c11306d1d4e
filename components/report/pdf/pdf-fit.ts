// Figures have no spaces to break at: one too long for its box would run into the next. The survey accepts amounts
// up to 10^13, so a figure is set smaller until it fits.

/** The narrowest flow among the papers: A4's 595 points less two 44-point margins. */
export const CONTENT_WIDTH = 507;

// Helvetica's digits are 0.556 em wide; letters and "$" are about as wide, "," and "." narrower.
const EM_PER_CHARACTER = 0.56;

/** `base`, or the smaller size at which `text` fits `width` points (never below 6). */
export function fittedFontSize(text: string, width: number, base: number): number {
  const needed = text.length * EM_PER_CHARACTER * base;
  return needed <= width ? base : Math.max(6, Math.floor(((base * width) / needed) * 10) / 10);
}
