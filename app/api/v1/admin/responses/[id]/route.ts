// Erases one response with its score and report (a participant's request), for an admin program.
import { adminFromRequest } from "@/lib/auth/require-admin";
import { deleteResponse } from "@/lib/db/admin-responses";
import { apiError, unauthorized, withApiErrors } from "@/lib/api/errors";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const DELETE = withApiErrors(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const admin = await adminFromRequest(request);
  if (!admin) return unauthorized();
  const { id } = await context.params;
  const deleted = UUID.test(id) && (await deleteResponse(id));
  console.info(`admin ${admin.email} deleted response ${id} through the API: ${deleted ? "done" : "not found"}`);
  if (!deleted) return apiError(404, "There is no response with this id.");
  return new Response(null, { status: 204 });
});
