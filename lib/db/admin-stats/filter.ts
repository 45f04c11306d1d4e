// The peer dimensions an admin can filter and group by, their allowed codes (taken from the instrument, so a
// new option needs no change here) and the SQL that applies a filter to "Response" rows.
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
 * `AND r."industry" = … AND …` for completed responses, whose profile columns are filled at submit; with alias "s"
 * the same filter on "Score", which carries the same four peer keys.
 */
export function completedFilterSql(filter: AdminFilter, alias = "r"): Prisma.Sql {
  const parts = activeFilters(filter).map(([dimension, value]) => Prisma.sql` AND ${dimensionColumn(dimension, alias)} = ${value}`);
  return parts.length ? Prisma.join(parts, "") : Prisma.empty;
}

/**
 * The same filter for drafts and completed responses together. A draft's profile columns are only filled at
 * submit, so for drafts the answer saved with the profile step is read from the answers instead.
 */
export function anyStatusFilterSql(filter: AdminFilter, alias = "r"): Prisma.Sql {
  const a = Prisma.raw(alias);
  const parts = activeFilters(filter).map(
    ([dimension, value]) =>
      Prisma.sql` AND CASE WHEN ${a}.status = 'COMPLETED' THEN ${dimensionColumn(dimension, alias)}
        ELSE ${a}.answers ->> ${DIMENSION_QUESTION_IDS[dimension]} END = ${value}`,
  );
  return parts.length ? Prisma.join(parts, "") : Prisma.empty;
}
