// Who may read /api/health's details (the database's error with its host, port and user; the migrations): a monitor
// sending `Authorization: Bearer <HEALTH_TOKEN>`, which works while the database is down, or a signed-in admin or
// admin API token, which needs the database. Everyone else learns up or down.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { adminFromRequest } from "./require-admin";

const digest = (value: string) => createHash("sha256").update(value).digest();

export async function mayReadHealthDetails(request: Request, healthToken: string | undefined): Promise<boolean> {
  const bearer = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (bearer && healthToken && timingSafeEqual(digest(bearer), digest(healthToken))) return true;
  try {
    return (await adminFromRequest(request)) !== null;
  } catch {
    return false; // the database is down: only the health token can show why
  }
}
