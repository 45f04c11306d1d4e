import { jsonError } from "@/lib/http/json-error";
import { adminFromRequest } from "@/lib/auth/require-admin";
import { columnDictionaryCsv } from "@/lib/export/responses-csv";

export const dynamic = "force-dynamic";

/** GET /admin/export-columns.csv — the responses export's column dictionary; session cookie or admin API token. */
export async function GET(request: Request) {
  const admin = await adminFromRequest(request);
  if (!admin) {
    return jsonError(401, "Sign in as an admin (or send an admin API token as Authorization: Bearer …) to read the column list.", {
      headers: { "WWW-Authenticate": 'Bearer realm="admin"' },
    });
  }
  return new Response(columnDictionaryCsv({ includeContact: true }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="dealmaker-index-export-columns.csv"',
      "Cache-Control": "no-store",
    },
  });
}
