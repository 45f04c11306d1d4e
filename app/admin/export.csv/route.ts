import { jsonError } from "@/lib/http/json-error";
import { adminFromRequest } from "@/lib/auth/require-admin";
import { exportDetails } from "@/lib/audit/export-details";
import { recordAudit } from "@/lib/audit/record";
import { parseResponsesQuery } from "@/lib/admin/responses-query";
import { exportResponsesCsv } from "@/lib/export/responses-csv";

export const dynamic = "force-dynamic";

/**
 * GET /admin/export.csv?industry=&companySize=&from=&to=&contact=1&pool=all — session cookie or admin API token.
 * Responses outside the benchmark pool only with pool=all (decision 026).
 */
export async function GET(request: Request) {
  const admin = await adminFromRequest(request);
  if (!admin) {
    return jsonError(401, "Sign in as an admin (or send an admin API token as Authorization: Bearer …) to export responses.", {
      headers: { "WWW-Authenticate": 'Bearer realm="admin"' },
    });
  }
  const params = new URL(request.url).searchParams;
  const filter = parseResponsesQuery(Object.fromEntries(params));
  const includeContact = params.get("contact") === "1";
  const includeOutOfPool = params.get("pool") === "all";
  await recordAudit(
    "responses.exported",
    admin.email,
    { headers: request.headers },
    { ...exportDetails(filter), contactDetails: includeContact, outsidePool: includeOutOfPool },
  );
  const date = new Date().toISOString().slice(0, 10);
  return new Response(exportResponsesCsv(filter, { includeContact, includeOutOfPool }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="dealmaker-index-responses-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
