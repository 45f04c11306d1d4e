// Completed responses for an admin program, a page at a time (the admin page's list and filters).
import { NextResponse } from "next/server";
import { RESPONSES_PAGE_SIZE } from "@/lib/admin/responses-query";
import { adminFromRequest } from "@/lib/auth/require-admin";
import { listResponses } from "@/lib/db/admin-responses";
import { AdminResponsesQuerySchema, type AdminResponsesPage } from "@/lib/api/admin-schemas";
import { NO_STORE, unauthorized, validationError, withApiErrors } from "@/lib/api/errors";
import { QUERY_UNUSABLE } from "@/lib/api/refusals";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  if (!(await adminFromRequest(request))) return unauthorized();
  const query = AdminResponsesQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(400, QUERY_UNUSABLE, query.error.issues);
  const { q, industry, companySize } = query.data;
  const { items, total } = await listResponses({ ...query.data, q, industry, companySize }, RESPONSES_PAGE_SIZE);
  const body: AdminResponsesPage = {
    items: items.map((item) => ({ ...item, completedAt: item.completedAt?.toISOString() ?? null })),
    page: query.data.page,
    pageSize: RESPONSES_PAGE_SIZE,
    total,
    pageCount: Math.ceil(total / RESPONSES_PAGE_SIZE),
  };
  return NextResponse.json(body, { headers: NO_STORE });
});
