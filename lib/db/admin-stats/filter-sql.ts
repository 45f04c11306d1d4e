// The SQL that applies an admin peer filter (lib/admin/dashboard-dimensions.ts) to "Response" or "Score" rows.
import "server-only";
import { DIMENSIONS, type AdminFilter, type Dimension } from "@/lib/admin/dashboard-dimensions";
import { Prisma } from "../generated/client";

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

/**
 * The "Score" rows (alias s) an aggregate counts: those in the benchmark pool (docs/decisions/026-benchmark-pool.md)
 * matching the filter. Reads filtered by region or sales model can then scan the covering index, which holds only them.
 */
export function pooledScoresSql(filter: AdminFilter): Prisma.Sql {
  return Prisma.sql`s."inPool" ${completedFilterSql(filter, "s")}`;
}
