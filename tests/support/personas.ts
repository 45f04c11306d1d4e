// Named participants for the golden report texts: whole, valid responses whose answers and numbers tell a
// coherent story (or, for "disagreeing figures", a deliberately incoherent one), so a reader can check every
// figure and sentence of their reports by hand. All are B2B software companies unless said otherwise.
import { PART_A_IDS, PART_B_IDS, PIPELINE_QUESTION_ID, instrument, type Answers } from "@/lib/instrument";
import { buildAnswers } from "@/tests/support/answer-fixtures";

export type PersonaName =
  | "strong"
  | "middling"
  | "weak"
  | "disagreeing-figures"
  | "no-crm"
  | "numbers-left-out"
  | "channel-manufacturer"
  | "services-inside"
  | "field-enterprise";

type Profile = { industry: string; size: string; revenue: string; region: string; team: string; model: string; role: string };

function profile(p: Profile): Answers {
  return {
    [PART_A_IDS.role]: p.role,
    [PART_A_IDS.industry]: p.industry,
    [PART_A_IDS.companySize]: p.size,
    [PART_A_IDS.revenue]: p.revenue,
    [PART_A_IDS.region]: p.region,
    [PART_A_IDS.salesTeamSize]: p.team,
    [PART_A_IDS.salesModel]: p.model,
  };
}

function contact(company: string | null): Answers {
  if (company === null) return {};
  return { [PART_A_IDS.name]: "Sam Rivera", [PART_A_IDS.email]: "sam.rivera@example.com", [PART_A_IDS.companyName]: company, [PART_A_IDS.consent]: true };
}

export type Numbers = {
  opportunities: number;
  won: [count: number, value: number];
  lost: [count: number, value: number];
  open: [count: number, value: number];
  cycle: number;
  quota: number;
  sellersAtQuota: number;
  currency: string;
};

export function numbers(n: Numbers): Answers {
  return {
    [PART_B_IDS.newOpportunities]: n.opportunities,
    [PART_B_IDS.wonCount]: n.won[0],
    [PART_B_IDS.wonValue]: n.won[1],
    [PART_B_IDS.lostCount]: n.lost[0],
    [PART_B_IDS.lostValue]: n.lost[1],
    [PART_B_IDS.openCount]: n.open[0],
    [PART_B_IDS.openValue]: n.open[1],
    [PART_B_IDS.cycleDays]: n.cycle,
    [PART_B_IDS.quotaAttainment]: n.quota,
    [PART_B_IDS.sellersAtQuota]: n.sellersAtQuota,
    [PART_B_IDS.currency]: n.currency,
  };
}

/** Part C and D answers: a base pick for every scored question, then the ones that make the persona. */
function practice(base: "best" | "middle" | "worst", overrides: Record<string, string>): Answers {
  const all = buildAnswers(base, { includeOptional: false });
  const scored = Object.fromEntries(Object.entries(all).filter(([id]) => id.startsWith("c.") || id.startsWith("d.")));
  return { ...scored, ...overrides };
}

const stages = (rows: [name: string, count: number, value: number, conversionPct: number][], target: number) => ({
  [PIPELINE_QUESTION_ID]: { stages: rows.map(([name, count, value, conversionPct]) => ({ name, count, value, conversionPct })), target },
});

const PERSONAS: Record<PersonaName, () => Answers> = {
  // A field team that works: 1,200 opportunities a year, $100,000 deals, 55% unit win rate, 45-day cycle.
  strong: () => ({
    ...profile({ industry: "software", size: "250-999", revenue: "50m-250m", region: "north-america", team: "51-200", model: "field", role: "sales-leader" }),
    ...contact("Northwind Analytics"),
    ...numbers({ opportunities: 1_200, won: [330, 33_000_000], lost: [270, 29_740_000], open: [250, 27_500_000], cycle: 45, quota: 108, sellersAtQuota: 71, currency: "usd" }),
    ...practice("best", {
      "c.alignment.leadership-seeks-input": "agree",
      "c.process.others-know-role": "agree",
      "c.social.conversations": "agree",
      "c.retention.expand-accounts": "agree",
      "c.differentiation.price-discipline": "agree",
      "c.coaching.manager-coaching-time": "50-75",
      "d.engagement.most-important-stage": "needs-analysis",
      "d.engagement.most-difficult-stage": "negotiation",
      "d.perspective.financial-acumen": "agree",
      "d.systems.other-social": "mostly",
    }),
    ...stages(
      [["Qualified", 140, 14_000_000, 30], ["Discovery done", 90, 9_000_000, 42], ["Solution proposed", 60, 6_000_000, 58], ["Business case agreed", 40, 4_000_000, 72], ["Negotiation", 25, 2_500_000, 85], ["Verbal commit", 12, 1_200_000, 95]],
      9_000_000,
    ),
  }),
  // A hybrid team in the middle: decent process on paper, patchy coaching and forecasting.
  middling: () => ({
    ...profile({ industry: "software", size: "50-249", revenue: "10m-50m", region: "europe", team: "21-50", model: "hybrid", role: "sales-leader" }),
    ...contact("Brightlane Software"),
    ...numbers({ opportunities: 400, won: [90, 2_700_000], lost: [160, 5_600_000], open: [120, 3_900_000], cycle: 95, quota: 86, sellersAtQuota: 45, currency: "usd" }),
    ...practice("middle", {
      "c.alignment.strategy-aligned": "agree",
      "c.process.mapped-to-buyer": "agree",
      "c.process.followed-by-sellers": "disagree",
      "c.velocity.close-ratio": "disagree",
      "c.methodology.adopted": "disagree",
      "c.methodology.in-crm": "strongly-disagree",
      "c.methodology.crm-age": "1-2-years",
      "c.revenue.forecast-accuracy": "disagree",
      "c.coaching.manager-coaching-time": "under-25",
      "d.engagement.most-important-stage": "qualification",
      "d.engagement.most-difficult-stage": "prospecting",
    }),
  }),
  // An inside team that is busy but not winning: 2,000 opportunities, 12% unit win rate, no CRM, no coaching.
  weak: () => ({
    ...profile({ industry: "software", size: "50-249", revenue: "under-10m", region: "north-america", team: "6-20", model: "inside", role: "sales-leader" }),
    ...contact("Quillfield Apps"),
    ...numbers({ opportunities: 2_000, won: [150, 1_800_000], lost: [1_100, 15_400_000], open: [600, 7_800_000], cycle: 160, quota: 61, sellersAtQuota: 20, currency: "usd" }),
    ...practice("worst", {
      "c.methodology.crm-age": "no-crm",
      "c.coaching.manager-coaching-time": "never",
      "c.velocity.enough-opportunities": "agree",
      "c.velocity.close-ratio": "not-sure",
      "c.alignment.strategy-aligned": "not-sure",
      "c.process.importance": "important",
      "d.engagement.customer-meetings": "3-5",
      "d.engagement.most-important-stage": "closing",
      "d.engagement.most-difficult-stage": "prospecting",
      "d.systems.crm-relationship": "not-used",
    }),
  }),
  // Figures that cannot all be true: 5,000 "qualified" opportunities against 200 decided deals, and self-ratings
  // that the numbers contradict (a satisfying close ratio at 8%, cycles "as long as they should" at 240 days).
  "disagreeing-figures": () => ({
    ...profile({ industry: "software", size: "250-999", revenue: "50m-250m", region: "north-america", team: "51-200", model: "field", role: "executive" }),
    ...contact(null),
    ...numbers({ opportunities: 5_000, won: [16, 1_280_000], lost: [184, 17_000_000], open: [900, 60_000_000], cycle: 240, quota: 74, sellersAtQuota: 30, currency: "usd" }),
    ...practice("middle", {
      "c.velocity.close-ratio": "strongly-agree",
      "c.velocity.cycle-length": "agree",
      "c.velocity.enough-opportunities": "strongly-disagree",
      "c.coaching.manager-coaching-time": "over-75",
      "c.coaching.selling-basics": "strongly-agree",
      "c.differentiation.price-discipline": "strongly-agree",
      "d.engagement.most-important-stage": "proposal",
      "d.engagement.most-difficult-stage": "closing",
    }),
  }),
  // No CRM at all, and the answers around it that follow from that.
  "no-crm": () => ({
    ...profile({ industry: "software", size: "50-249", revenue: "10m-50m", region: "europe", team: "6-20", model: "inside", role: "first-line-manager" }),
    ...contact("Fernhill Labs"),
    ...numbers({ opportunities: 520, won: [110, 2_420_000], lost: [290, 7_250_000], open: [140, 3_360_000], cycle: 70, quota: 92, sellersAtQuota: 50, currency: "eur" }),
    ...practice("middle", {
      "c.methodology.crm-age": "no-crm",
      "c.methodology.adopted": "agree",
      "c.methodology.in-crm": "strongly-disagree",
      "c.revenue.pipeline-accurate": "disagree",
      "c.revenue.forecast-process": "disagree",
      "d.systems.crm-relationship": "not-used",
      "d.engagement.most-important-stage": "needs-analysis",
      "d.engagement.most-difficult-stage": "qualification",
    }),
  }),
  // Every optional number left out: the report must still read well, with no gaps and no made-up figures.
  "numbers-left-out": () => ({
    ...profile({ industry: "software", size: "1000-4999", revenue: "250m-1b", region: "asia-pacific", team: "201-1000", model: "field", role: "sales-operations" }),
    ...practice("middle", {
      "c.process.mapped-to-buyer": "strongly-agree",
      "c.velocity.qualification": "agree",
      "c.retention.renewal-rate": "disagree",
      "d.engagement.most-important-stage": "qualification",
      "d.engagement.most-difficult-stage": "needs-analysis",
    }),
  }),
  // A manufacturer in the middle that sells mainly through distributors and resellers, in euros: partners bring most
  // deals, the company's own people manage the partners, forecasting depends on what partners report.
  "channel-manufacturer": () => ({
    ...profile({ industry: "manufacturing", size: "250-999", revenue: "50m-250m", region: "europe", team: "21-50", model: "channel", role: "sales-leader" }),
    ...contact("Kestrel Fluid Systems"),
    ...numbers({ opportunities: 640, won: [150, 9_000_000], lost: [260, 18_200_000], open: [190, 12_350_000], cycle: 120, quota: 88, sellersAtQuota: 45, currency: "eur" }),
    ...practice("middle", {
      "c.process.mapped-to-buyer": "agree",
      "c.process.followed-by-sellers": "disagree",
      "c.velocity.enough-opportunities": "disagree",
      "c.velocity.qualification": "disagree",
      "c.revenue.forecast-accuracy": "disagree",
      "c.revenue.pipeline-accurate": "strongly-disagree",
      "c.methodology.crm-age": "3-5-years",
      "c.social.prospecting": "disagree",
      "c.retention.retention-rate": "agree",
      "c.coaching.manager-coaching-time": "25-50",
      "d.engagement.most-important-stage": "needs-analysis",
      "d.engagement.most-difficult-stage": "qualification",
    }),
  }),
  // A professional-services firm with a small inside team that is busy but not winning, whose leader rates coaching
  // highly while one seller in five reaches quota.
  "services-inside": () => ({
    ...profile({ industry: "professional-services", size: "50-249", revenue: "under-10m", region: "north-america", team: "6-20", model: "inside", role: "sales-leader" }),
    ...contact("Alder & Finch Advisory"),
    ...numbers({ opportunities: 900, won: [80, 1_360_000], lost: [520, 10_400_000], open: [260, 4_680_000], cycle: 95, quota: 64, sellersAtQuota: 20, currency: "usd" }),
    ...practice("worst", {
      "c.coaching.manager-coaching-time": "50-75",
      "c.coaching.selling-basics": "agree",
      "c.retention.retention-rate": "strongly-agree",
      "c.retention.renewal-rate": "strongly-disagree",
      "c.social.prospecting": "strongly-disagree",
      "c.social.conversations": "agree",
      "c.process.mapped-to-buyer": "agree",
      "c.methodology.crm-age": "over-5-years",
      "c.velocity.enough-opportunities": "agree",
      "d.engagement.follow-process": "never",
      "d.engagement.most-important-stage": "closing",
      "d.engagement.most-difficult-stage": "prospecting",
    }),
  }),
  // A large software company selling in the field with several hundred sellers: strong numbers, the question is scale.
  "field-enterprise": () => ({
    ...profile({ industry: "software", size: "5000-19999", revenue: "1b-5b", region: "north-america", team: "201-1000", model: "field", role: "executive" }),
    ...contact("Meridian Cloud Systems"),
    ...numbers({ opportunities: 3_000, won: [1_150, 161_000_000], lost: [980, 147_000_000], open: [520, 72_800_000], cycle: 62, quota: 103, sellersAtQuota: 66, currency: "usd" }),
    ...practice("best", {
      "c.alignment.leadership-seeks-input": "agree",
      "c.social.conversations": "agree",
      "c.methodology.in-crm": "agree",
      "c.coaching.manager-coaching-time": "25-50",
      "c.revenue.forecast-accuracy": "agree",
      "d.engagement.most-important-stage": "qualification",
      "d.engagement.most-difficult-stage": "negotiation",
    }),
  }),
};

export const PERSONA_NAMES = Object.keys(PERSONAS) as PersonaName[];

export function personaAnswers(name: PersonaName): Answers {
  return PERSONAS[name]();
}

/** Every persona answers exactly the current instrument's questions. */
export const INSTRUMENT_QUESTION_IDS = new Set(instrument.sections.flatMap((section) => section.questions.map((question) => question.id)));
