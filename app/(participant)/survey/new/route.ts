// Starts a fresh response in this browser (after finishing one, or to begin again).
import { NextResponse } from "next/server";
import { clearResumeToken } from "@/lib/survey/resume-cookie";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  await clearResumeToken();
  return NextResponse.redirect(new URL("/survey", request.url), 303);
}
