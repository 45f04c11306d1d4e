// Calendar quarters (UTC) as the Trends page and its queries name them: a quarter is the date of its first day,
// "2026-07-01", and reads as "2026 Q3". Pure.

/** The quarter a moment falls in (UTC). */
export function quarterOf(moment: Date): string {
  const month = Math.floor(moment.getUTCMonth() / 3) * 3;
  return new Date(Date.UTC(moment.getUTCFullYear(), month, 1)).toISOString().slice(0, 10);
}

/** The first moment of a quarter. */
export const quarterStart = (quarter: string) => new Date(`${quarter}T00:00:00Z`);

/** The quarter after `quarter`. */
export function nextQuarter(quarter: string): string {
  const start = quarterStart(quarter);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 1)).toISOString().slice(0, 10);
}

/** "2026 Q3". */
export function quarterLabel(quarter: string): string {
  const start = quarterStart(quarter);
  return `${start.getUTCFullYear()} Q${Math.floor(start.getUTCMonth() / 3) + 1}`;
}

/** Every quarter from `first` to `last`, both included. */
export function quarterRange(first: string, last: string): string[] {
  const quarters: string[] = [];
  for (let quarter = first; quarter <= last; quarter = nextQuarter(quarter)) quarters.push(quarter);
  return quarters;
}
