// The question ids and limits that code refers to by name (cross-field rules, scoring, the report), apart from
// the question texts: the survey form's client-side checks import these without the whole instrument.
export const PART_A_IDS = {
  role: "a.profile.role",
  industry: "a.profile.industry",
  companySize: "a.profile.company-size",
  revenue: "a.profile.revenue",
  region: "a.profile.region",
  salesTeamSize: "a.profile.sales-team-size",
  salesModel: "a.profile.sales-model",
  name: "a.contact.name",
  email: "a.contact.email",
  companyName: "a.contact.company-name",
  consent: "a.contact.consent",
  /** Whether the answers join the benchmark pool (lib/instrument/pool.ts): true unless the participant says no. */
  pool: "a.contact.join-pool",
} as const;

export const CONTACT_FIELD_IDS = [PART_A_IDS.name, PART_A_IDS.email, PART_A_IDS.companyName] as const;

export const PART_B_IDS = {
  newOpportunities: "b.numbers.new-opportunities",
  wonCount: "b.numbers.won-count",
  wonValue: "b.numbers.won-value",
  lostCount: "b.numbers.lost-count",
  lostValue: "b.numbers.lost-value",
  openCount: "b.numbers.open-count",
  openValue: "b.numbers.open-value",
  cycleDays: "b.numbers.cycle-days",
  quotaAttainment: "b.numbers.quota-attainment",
  sellersAtQuota: "b.numbers.sellers-at-quota",
  currency: "b.numbers.currency",
} as const;

/** Each count and the money value of the same deals: a value only means something beside its count. */
export const COUNT_VALUE_PAIRS = [
  { count: PART_B_IDS.wonCount, value: PART_B_IDS.wonValue, noun: "deals won" },
  { count: PART_B_IDS.lostCount, value: PART_B_IDS.lostValue, noun: "deals lost" },
  { count: PART_B_IDS.openCount, value: PART_B_IDS.openValue, noun: "open deals" },
] as const;

export const PIPELINE_QUESTION_ID = "e.pipeline.snapshot";
