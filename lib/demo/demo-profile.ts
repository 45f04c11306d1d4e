// The Part A profile of a synthetic company, drawn so the firmographics hang together the way an open study's
// sample does: many small and mid-size companies and few giants, revenue and sales-team size that grow with
// head-count, a sales model that depends on size and industry (small software firms sell inside, large industrial
// ones in the field or through partners) and regions weighted towards where such studies recruit. Pure.
import { PART_A_IDS, type Answers } from "@/lib/instrument";
import { pick, type Random } from "./random";

export const INDUSTRY_WEIGHTS: Record<string, number> = {
  software: 16, "it-services": 10, telecoms: 4, "financial-services": 10, healthcare: 8, manufacturing: 14,
  "professional-services": 12, "retail-consumer": 7, "energy-utilities": 4, "transport-logistics": 4,
  "public-education": 4, other: 7,
};
/** Employee bands in the instrument's order, smallest first. */
export const COMPANY_SIZES = ["1-49", "50-249", "250-999", "1000-4999", "5000-19999", "20000-plus"] as const;
export const COMPANY_SIZE_WEIGHTS = [22, 26, 20, 15, 10, 7];
export const REGION_WEIGHTS: Record<string, number> = {
  "north-america": 38, europe: 32, "asia-pacific": 16, "latin-america": 8, "middle-east-africa": 6,
};
const REVENUE_BANDS = ["under-10m", "10m-50m", "50m-250m", "250m-1b", "1b-5b", "over-5b"] as const;
const TEAM_BANDS = ["1-5", "6-20", "21-50", "51-200", "201-1000", "1000-plus"] as const;
const SALES_MODELS = ["field", "inside", "channel", "hybrid"] as const;
/** Small companies have the owner answer; large ones send sales leaders, managers and operations. */
const ROLES = ["executive", "sales-leader", "first-line-manager", "seller", "sales-operations", "marketing", "other"];
const ROLE_WEIGHTS_SMALL = [30, 25, 10, 22, 4, 6, 3];
const ROLE_WEIGHTS_LARGE = [6, 32, 22, 22, 11, 4, 3];

// Field / inside / channel / hybrid, before the size adjustment.
const MODEL_WEIGHTS: Record<string, readonly number[]> = {
  software: [2, 5, 1, 3], "it-services": [3, 2, 4, 3], telecoms: [3, 3, 3, 3], "financial-services": [4, 3, 1, 3],
  healthcare: [5, 1, 2, 2], manufacturing: [5, 1, 4, 2], "professional-services": [5, 2, 1, 3],
  "retail-consumer": [2, 3, 4, 2], "energy-utilities": [5, 2, 2, 2], "transport-logistics": [4, 3, 2, 2],
  "public-education": [4, 2, 3, 2], other: [3, 3, 2, 3],
};

/** The band at `index` or one either side (more often up), kept inside the list. */
const near = (random: Random, index: number, length: number) => {
  const step = pick(random, [-1, 0, 0, 0, 1, 1]);
  return Math.min(length - 1, Math.max(0, index + step));
};

export function demoProfile(random: Random): Answers {
  const industry = pick(random, Object.keys(INDUSTRY_WEIGHTS), Object.values(INDUSTRY_WEIGHTS));
  const sizeIndex = COMPANY_SIZES.indexOf(pick(random, COMPANY_SIZES, COMPANY_SIZE_WEIGHTS));
  const large = sizeIndex / (COMPANY_SIZES.length - 1);
  const revenue = random() < 0.08 ? "undisclosed" : REVENUE_BANDS[near(random, sizeIndex, REVENUE_BANDS.length)]!;
  const team = TEAM_BANDS[near(random, sizeIndex, TEAM_BANDS.length)]!;
  // Inside sales is the small company's model; field and channel grow with size.
  const sizeTilt = [1 + large, 1.6 - large, 0.6 + large, 1];
  const model = pick(random, SALES_MODELS, MODEL_WEIGHTS[industry]!.map((w, i) => w * sizeTilt[i]!));
  const roleWeights = ROLE_WEIGHTS_SMALL.map((w, i) => w * (1 - large) + ROLE_WEIGHTS_LARGE[i]! * large);
  return {
    [PART_A_IDS.role]: pick(random, ROLES, roleWeights),
    [PART_A_IDS.industry]: industry,
    [PART_A_IDS.companySize]: COMPANY_SIZES[sizeIndex]!,
    [PART_A_IDS.revenue]: revenue,
    [PART_A_IDS.region]: pick(random, Object.keys(REGION_WEIGHTS), Object.values(REGION_WEIGHTS)),
    [PART_A_IDS.salesTeamSize]: team,
    [PART_A_IDS.salesModel]: model,
  };
}
