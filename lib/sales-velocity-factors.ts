// The four levers of sales velocity, in the order the equation reads
// (opportunities × deal value × win rate ÷ cycle length). Shared by the landing page and the report.
export const FACTORS = [
  { key: "number", name: "Number of opportunities", summary: "How many qualified deals your team puts into play." },
  { key: "value", name: "Deal value", summary: "How much each won deal is worth, and how well you protect price." },
  { key: "winRate", name: "Win rate", summary: "How many of the deals you pursue you actually win." },
  { key: "salesCycle", name: "Sales cycle", summary: "How quickly a qualified deal turns into revenue." },
] as const;
