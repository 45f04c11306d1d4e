// The peer dimensions an admin can filter and group by and their allowed codes, taken from the instrument so a new
// option needs no change here. Pure: the SQL that applies a filter is lib/db/admin-stats/filter-sql.ts.
import { z } from "zod";
import { PART_A_IDS, findQuestion, type Option } from "@/lib/instrument";

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
