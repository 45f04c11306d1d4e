// Money is compared like for like: every amount is converted into one basis currency (US dollars) by a fixed,
// versioned table of rates, so a euro company's deal size sits beside a dollar company's on the same scale and the
// same answers always convert the same way (no live rates: a stored report must read the same later). A currency
// the table does not hold ("other", or none given) cannot be converted, and its money is left out of every peer
// comparison. docs/methodology.md states the rule and the table.

export const CURRENCY_TABLE_VERSION = "2026.1";
export const BASIS_CURRENCY = "usd";

/** Units of each currency per US dollar (rounded annual averages of 2025; see docs/methodology.md). */
export const UNITS_PER_USD: Readonly<Record<string, number>> = {
  usd: 1,
  eur: 0.9,
  gbp: 0.77,
  cad: 1.38,
  aud: 1.55,
  jpy: 150,
  inr: 86,
};

const rateOf = (currency: string | null | undefined) => (currency ? UNITS_PER_USD[currency.toLowerCase()] : undefined);

/** An amount in the participant's currency → US dollars; null when the currency cannot be converted. */
export function toBasis(amount: number, currency: string | null | undefined): number | null {
  const rate = rateOf(currency);
  return rate === undefined ? null : amount / rate;
}

/** US dollars → the participant's currency; null when the currency cannot be converted. */
export function fromBasis(amount: number, currency: string | null | undefined): number | null {
  const rate = rateOf(currency);
  return rate === undefined ? null : amount * rate;
}
