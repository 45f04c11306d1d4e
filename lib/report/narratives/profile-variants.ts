// Fits the narratives to the company's profile: the variants of variants-*.ts, kept as data by profile, are merged
// into the question and index narratives here, after each narrative's own variants. The order below is the order of
// precedence when several hold (the first match wins, narration.ts): the narratives' own variants (prerequisites and
// resolved hedges), then the sales model, then the team size, then the industry; a variant marked `hedge` (it only
// corrects the plain text) yields to any other.
import { CHANNEL_VARIANTS } from "./variants-channel";
import { FIELD_HYBRID_VARIANTS } from "./variants-field-hybrid";
import { INDUSTRY_VARIANTS } from "./variants-industry";
import { INSIDE_VARIANTS } from "./variants-inside";
import { TEAM_SIZE_VARIANTS } from "./variants-team-size";
import type { IndexNarrative, ProfileVariants, QuestionNarrative } from "./types";

export const PROFILE_VARIANTS: readonly ProfileVariants[] = [
  CHANNEL_VARIANTS,
  INSIDE_VARIANTS,
  FIELD_HYBRID_VARIANTS,
  TEAM_SIZE_VARIANTS,
  INDUSTRY_VARIANTS,
];

export function withProfileVariants(narrative: QuestionNarrative): QuestionNarrative {
  const added = PROFILE_VARIANTS.flatMap((profile) => profile.questions[narrative.questionId] ?? []);
  return added.length === 0 ? narrative : { ...narrative, variants: [...(narrative.variants ?? []), ...added] };
}

export function withProfileBandVariants(narrative: IndexNarrative): IndexNarrative {
  const added = PROFILE_VARIANTS.flatMap((profile) => profile.bands[narrative.index] ?? []);
  return added.length === 0 ? narrative : { ...narrative, variants: [...(narrative.variants ?? []), ...added] };
}
