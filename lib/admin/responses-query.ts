// The responses list's search, sort and page, parsed from the URL's search params (shared by page and tests).
import { z } from "zod";

export const RESPONSES_PAGE_SIZE = 50;
/** Offset paging stops here; narrower filters reach anything beyond it. */
export const RESPONSES_MAX_PAGE = 200;
export const RESPONSE_SEARCH_MAX_LENGTH = 100;

export const RESPONSE_SORTS = [
  "date",
  "industry",
  "companySize",
  "overall",
  "value",
  "number",
  "winRate",
  "salesCycle",
  "personal",
  "category",
] as const;
export type ResponseSort = (typeof RESPONSE_SORTS)[number];

const optionalText = (max: number) =>
  z.preprocess(
    (value) => (Array.isArray(value) ? value[0] : value),
    z.string().trim().max(max).optional().catch(undefined).transform((value) => value || undefined),
  );

const optionalDate = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.iso.date().optional().catch(undefined),
);

/** Unknown or malformed params fall back to defaults rather than failing: the URL is a user's to edit. */
export const ResponsesQuerySchema = z.object({
  q: optionalText(RESPONSE_SEARCH_MAX_LENGTH),
  industry: optionalText(100),
  companySize: optionalText(100),
  from: optionalDate,
  to: optionalDate,
  sort: z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.enum(RESPONSE_SORTS).catch("date")),
  dir: z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.enum(["asc", "desc"]).catch("desc")),
  page: z.preprocess(
    (value) => (Array.isArray(value) ? value[0] : value),
    z.coerce.number().int().min(1).max(RESPONSES_MAX_PAGE).catch(1),
  ),
});

export type ResponsesQuery = z.infer<typeof ResponsesQuerySchema>;

export function parseResponsesQuery(params: Record<string, string | string[] | undefined>): ResponsesQuery {
  return ResponsesQuerySchema.parse(params);
}

/** The query as URL search params, leaving out defaults, with overrides (for links that change one thing). */
export function responsesQueryString(query: ResponsesQuery, overrides: Partial<ResponsesQuery> = {}): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined) continue;
    if ((key === "sort" && value === "date") || (key === "dir" && value === "desc") || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
