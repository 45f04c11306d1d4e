// Erases one response with its score and report (a participant's request), for an admin program.
import { adminForWrite } from "@/lib/auth/require-admin";
import { deleteResponse } from "@/lib/db/admin-responses";
import { unauthorized, withApiErrors } from "@/lib/api/errors";
import { jsonError } from "@/lib/http/json-error";
import { recordAudit } from "@/lib/audit/record";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const DELETE = withApiErrors(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const admin = await adminForWrite(request);
  if (admin === "foreign-origin") return jsonError(403, "Only requests from this site may use the admin session; programs send an API token.");
  if (admin === "read-only") return jsonError(403, "This API token may only read; an admin can create one that may also erase.");
  if (!admin) return unauthorized();
  const { id } = await context.params;
  const deleted = UUID.test(id) && (await deleteResponse(id));
  if (deleted) await recordAudit("response.erased", admin.email, { headers: request.headers }, { responseId: id, through: "api" });
  if (!deleted) return jsonError(404, "There is no response with this id.");
  return new Response(null, { status: 204 });
});
