// How figures read in the report. Pure: the locale is fixed so a stored report reads the same anywhere. The
// formatters are built once: constructing an Intl.NumberFormat (which toLocaleString does on every call) cost more
// than the rest of a report together.
const LOCALE = "en-US";
const whole = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
/** Per ISO currency code: its formatter, or null when Intl does not know the code. */
const moneyFormats = new Map<string, Intl.NumberFormat | null>();

export const formatPercent = (value: number) => `${Math.round(value)}%`;

/** A rate in [0, 1] as a percent with one decimal where it matters (66.7%, 50%). */
export function formatRate(rate: number): string {
  return `${oneDecimal.format(Math.round(rate * 1000) / 10)}%`;
}

function moneyFormat(code: string): Intl.NumberFormat | null {
  let format = moneyFormats.get(code);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(LOCALE, { style: "currency", currency: code, maximumFractionDigits: 0 });
    } catch {
      format = null;
    }
    moneyFormats.set(code, format);
  }
  return format;
}

/** A money amount to three significant figures, for estimates that should not look more precise than they are. */
export const roundMoney = (amount: number) => (amount === 0 ? 0 : Number(amount.toPrecision(3)));

export function formatMoney(value: number, currency: string | null): string {
  if (!currency) return formatCount(value);
  const code = currency.toUpperCase();
  return moneyFormat(code)?.format(value) ?? `${formatCount(value)} ${code}`;
}

export const formatCount = (value: number) => whole.format(Math.round(value));

export const formatDays = (value: number) => `${formatCount(value)} days`;

/** Opportunities in play at once: "about 24", or "less than one" when a short cycle and few opportunities leave under one. */
export const formatInFlight = (value: number) => (value < 0.5 ? "less than one" : `about ${formatCount(value)}`);

const longDate = new Intl.DateTimeFormat(LOCALE, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

/** "December 1, 2026": a report's date, in UTC so it reads the same wherever the page or the PDF is made. */
export const formatReportDate = (date: Date) => longDate.format(date);
