// Admin endpoints of the API: the responses list's query (the admin page's ResponsesQuery, but strict: a program
// gets a 400 for a bad parameter instead of a silent default) and its page.
import "zod-openapi";
import { z } from "zod";
import { RESPONSES_MAX_PAGE, RESPONSES_PAGE_SIZE, RESPONSE_SEARCH_MAX_LENGTH, RESPONSE_SORTS } from "@/lib/admin/responses-query";

export const AdminResponsesQuerySchema = z
  .strictObject({
    page: z.coerce.number().int().min(1).max(RESPONSES_MAX_PAGE).default(1).meta({ param: { description: `Pages of ${RESPONSES_PAGE_SIZE}, up to ${RESPONSES_MAX_PAGE}.` } }),
    sort: z.enum(RESPONSE_SORTS).default("date"),
    dir: z.enum(["asc", "desc"]).default("desc"),
    industry: z.string().max(100).optional().meta({ param: { description: "Industry option value." } }),
    companySize: z.string().max(100).optional(),
    from: z.iso.date().optional().meta({ param: { description: "Completed on or after this day (UTC)." } }),
    to: z.iso.date().optional().meta({ param: { description: "Completed on or before this day (UTC)." } }),
    q: z.string().max(RESPONSE_SEARCH_MAX_LENGTH).optional().meta({ param: { description: "Search in company name and contact e-mail." } }),
  })
  .meta({ id: "AdminResponsesQuery" });

const Index = z.int().min(0).max(100).nullable();

export const AdminResponseItemSchema = z
  .strictObject({
    id: z.uuid(),
    completedAt: z.iso.datetime().nullable(),
    industry: z.string().nullable(),
    companySize: z.string().nullable(),
    companyName: z.string().nullable().meta({ description: "Only when the participant consented." }),
    contactEmail: z.string().nullable(),
    overall: Index,
    value: Index,
    number: Index,
    winRate: Index,
    salesCycle: Index,
    personal: Index,
    category: z.string().nullable().meta({ description: "Company category id." }),
    inPool: z.boolean().meta({ description: "Whether the participant let the answers join the benchmark pool; false: counted in no benchmark." }),
    teamSize: z.int().min(0).nullable().meta({ description: "Given in a team: how many of the team's members have completed the survey; null outside a team." }),
    hasReport: z.boolean().meta({
      description: "Whether a report is stored. Its private link is stored only as a hash, so it is not listed; an admin reads the report at /admin/responses/{id}/report.",
    }),
  })
  .meta({ id: "AdminResponseItem" });

export const AdminResponsesPageSchema = z
  .strictObject({
    items: z.array(AdminResponseItemSchema),
    page: z.int().min(1),
    pageSize: z.int().min(1),
    total: z.int().min(0),
    pageCount: z.int().min(0),
  })
  .meta({ id: "AdminResponsesPage" });
export type AdminResponsesPage = z.infer<typeof AdminResponsesPageSchema>;

export const ResponseIdParamsSchema = z.strictObject({
  id: z.string().meta({ param: { description: "The response id (a UUID)." } }),
});

export const AdminExportQuerySchema = AdminResponsesQuerySchema.pick({ industry: true, companySize: true, from: true, to: true })
  .extend({
    contact: z.enum(["0", "1"]).default("0").meta({ param: { description: "1 adds the contact columns (consented participants only)." } }),
    pool: z.enum(["in", "all"]).default("in").meta({
      param: {
        description:
          "in: only responses in the benchmark pool (what analyses of the benchmark should use); all: also those whose participants kept them out of it (column in_pool false).",
      },
    }),
  })
  .meta({ id: "AdminExportQuery" });
