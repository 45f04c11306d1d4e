// The answers that are also stored as Response columns, so peer groups and admin filters can use indexes.
// Plain mapping, no server-only: e2e/admin-dashboards.spec.ts loads it to insert rows.
import { PART_A_IDS, type Answers } from "@/lib/instrument";

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

export function responseColumns(answers: Answers) {
  const consented = answers[PART_A_IDS.consent] === true;
  return {
    role: text(answers[PART_A_IDS.role]),
    industry: text(answers[PART_A_IDS.industry]),
    companySize: text(answers[PART_A_IDS.companySize]),
    revenueBand: text(answers[PART_A_IDS.revenue]),
    region: text(answers[PART_A_IDS.region]),
    salesModel: text(answers[PART_A_IDS.salesModel]),
    contactName: consented ? text(answers[PART_A_IDS.name]) : null,
    contactEmail: consented ? text(answers[PART_A_IDS.email]) : null,
    companyName: consented ? text(answers[PART_A_IDS.companyName]) : null,
  };
}
