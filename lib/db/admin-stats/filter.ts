// The peer dimensions an admin can filter and group by, their allowed codes (taken from the instrument, so a
// new option needs no change here) and the SQL that applies a filter to "Response" or "Score" rows.
import { z } from "zod";
import { PART_A_IDS, findQuestion, type Option } from "@/lib/instrument";
import { Prisma } from "../generated/client";

export const DIMENSIONS = ["industry", "companySize", "region", "salesModel"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The profile question behind each dimension; the Response column of the same name holds its answer. */
export const DIMENSION_QUESTION_IDS: Record<Dimension, string> = {
  industry: PART_A_IDS.industry,
  companySize: PART_A_IDS.companySize,
  region: PART_A_IDS.region,
  salesModel: PART_A_IDS.salesModel,
};

export const DIMENSION_LABELS: Record<Dimension, string> = {
  industry: "Industry",
  companySize: "Company size",
  region: "Region",
  salesModel: "Sales model",
};

export function dimensionOptions(dimension: Dimension): readonly Option[] {
  const question = findQuestion(DIMENSION_QUESTION_IDS[dimension]);
  return question?.kind === "choice" ? question.options : [];
}

const codeOf = (dimension: Dimension) => {
  const codes = dimensionOptions(dimension).map((option) => option.value);
  return z.enum(codes as [string, ...string[]], {
    error: `Unknown ${DIMENSION_LABELS[dimension].toLowerCase()}: choose one of ${codes.join(", ")}`,
  });
};

/** Filters combine (AND); an absent key means "any". */
export const AdminFilterSchema = z.strictObject({
  industry: codeOf("industry").optional(),
  companySize: codeOf("companySize").optional(),
  region: codeOf("region").optional(),
  salesModel: codeOf("salesModel").optional(),
});
export type AdminFilter = z.infer<typeof AdminFilterSchema>;

const COLUMN: Record<Dimension, Prisma.Sql> = {
  industry: Prisma.raw(`"industry"`),
  companySize: Prisma.raw(`"companySize"`),
  region: Prisma.raw(`"region"`),
  salesModel: Prisma.raw(`"salesModel"`),
};

/** `alias."column"` for a dimension. */
export function dimensionColumn(dimension: Dimension, alias = "r"): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}.${COLUMN[dimension]}`;
}

const activeFilters = (filter: AdminFilter) =>
  DIMENSIONS.flatMap((dimension) => (filter[dimension] ? [[dimension, filter[dimension]] as const] : []));

/**
 * `AND r."industry" = … AND …` on "Response" — completed responses get their peer-key columns at submit, drafts
 * from their saved profile answers (trigger "Response_draft_peer_keys") — or, with alias "s", on "Score", which
 * carries the same four keys.
 */
export function completedFilterSql(filter: AdminFilter, alias = "r"): Prisma.Sql {
  const parts = activeFilters(filter).map(([dimension, value]) => Prisma.sql` AND ${dimensionColumn(dimension, alias)} = ${value}`);
  return parts.length ? Prisma.join(parts, "") : Prisma.empty;
}
