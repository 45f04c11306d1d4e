// Conditions settled by the company's profile (Part A): how it mainly sells, how many people carry a target and,
// where it changes the advice, its industry. Paragraph and action variants use them to fit the advice to the
// company (docs/methodology.md, "Advice that fits the company"). Each is one answer, like every answer condition.
import { PART_A_IDS } from "@/lib/instrument/question-ids";

const model = (...answers: string[]) => ({ question: PART_A_IDS.salesModel, answers });
const team = (...answers: string[]) => ({ question: PART_A_IDS.salesTeamSize, answers });
const industry = (...answers: string[]) => ({ question: PART_A_IDS.industry, answers });

export const PROFILE_CONDITIONS = {
  /** Sells mainly through channel partners or resellers. */
  channel: model("channel"),
  /** Sells mainly by phone and video. */
  inside: model("inside"),
  /** Sells mainly in person, at the buyer's site. */
  field: model("field"),
  /** A mix of the models. */
  hybrid: model("hybrid"),
  /** Five or fewer people carry a target: the owner or one manager sells beside the team. */
  "very-small-team": team("1-5"),
  /** Twenty or fewer people carry a target. */
  "small-team": team("1-5", "6-20"),
  /** More than 200 people carry a target: several teams, regions and layers of management. */
  "large-team": team("201-1000", "1000-plus"),
  /** Industries where most revenue recurs under contracts or subscriptions, so renewals carry the business. */
  "recurring-revenue": industry("software", "telecoms", "it-services", "financial-services", "energy-utilities"),
  /** Industries that sell mainly by order or project, where repeat business matters more than contract renewals. */
  "project-revenue": industry("manufacturing", "professional-services", "retail-consumer"),
} as const;
