// Every completed response with its scores as CSV, streamed (the admin page's export, for programs).
import { adminFromRequest } from "@/lib/auth/require-admin";
import { exportDetails } from "@/lib/audit/export-details";
import { recordAudit } from "@/lib/audit/record";
import { exportResponsesCsv } from "@/lib/export/responses-csv";
import { AdminExportQuerySchema } from "@/lib/api/admin-schemas";
import { unauthorized, validationError, withApiErrors } from "@/lib/api/errors";
import { QUERY_UNUSABLE } from "@/lib/api/refusals";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  const admin = await adminFromRequest(request);
  if (!admin) return unauthorized();
  const query = AdminExportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(400, QUERY_UNUSABLE, query.error.issues);
  const { contact, pool, industry, companySize, from, to } = query.data;
  const filter = { industry, companySize, from, to };
  await recordAudit(
    "responses.exported",
    admin.email,
    { headers: request.headers },
    { ...exportDetails(filter), contactDetails: contact === "1", outsidePool: pool === "all", through: "api" },
  );
  const date = new Date().toISOString().slice(0, 10);
  return new Response(exportResponsesCsv(filter, { includeContact: contact === "1", includeOutOfPool: pool === "all" }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="dealmaker-index-responses-${date}.csv"`,
      "cache-control": "no-store",
    },
  });
});
