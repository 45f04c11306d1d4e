// Starts a fresh response in this browser (after finishing one, or to begin again).
import { redirectTo } from "@/lib/http/redirect";
import { RESUME_COOKIE } from "@/lib/survey/api";

export const dynamic = "force-dynamic";

export async function GET() {
  const response = redirectTo("/survey");
  response.cookies.delete(RESUME_COOKIE);
  return response;
}
