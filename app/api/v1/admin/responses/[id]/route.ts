// Erases one response with its score and report (a participant's request), for an admin program.
import { adminForWrite } from "@/lib/auth/require-admin";
import { deleteResponse } from "@/lib/db/admin-responses";
import { unauthorized, withApiErrors } from "@/lib/api/errors";
import { foreignOrigin, readOnlyToken, responseNotFound } from "@/lib/api/refusals";
import { recordAudit } from "@/lib/audit/record";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const DELETE = withApiErrors(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const admin = await adminForWrite(request);
  if (admin === "foreign-origin") return foreignOrigin();
  if (admin === "read-only") return readOnlyToken();
  if (!admin) return unauthorized();
  const { id } = await context.params;
  const deleted = UUID.test(id) && (await deleteResponse(id));
  if (deleted) await recordAudit("response.erased", admin.email, { headers: request.headers }, { responseId: id, through: "api" });
  if (!deleted) return responseNotFound();
  return new Response(null, { status: 204 });
});
