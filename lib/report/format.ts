// How figures read in the report. Pure: the locale is fixed so a stored report reads the same anywhere.
const LOCALE = "en-US";

export const formatPercent = (value: number) => `${Math.round(value)}%`;

/** A rate in [0, 1] as a percent with one decimal where it matters (66.7%, 50%). */
export function formatRate(rate: number): string {
  const percent = Math.round(rate * 1000) / 10;
  return `${percent.toLocaleString(LOCALE, { maximumFractionDigits: 1 })}%`;
}

export function formatMoney(value: number, currency: string | null): string {
  if (!currency) return Math.round(value).toLocaleString(LOCALE);
  try {
    return new Intl.NumberFormat(LOCALE, { style: "currency", currency: currency.toUpperCase(), maximumFractionDigits: 0 }).format(value);
  } catch {
    return `${Math.round(value).toLocaleString(LOCALE)} ${currency.toUpperCase()}`;
  }
}

export const formatCount = (value: number) => Math.round(value).toLocaleString(LOCALE);

export const formatDays = (value: number) => `${Math.round(value).toLocaleString(LOCALE)} days`;
