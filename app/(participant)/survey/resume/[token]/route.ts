// The resume link: puts the private token back in this browser's cookie and opens the survey
// where the participant left it (or their report, if they already submitted).
import { NextResponse } from "next/server";
import { redirectTo } from "@/lib/http/redirect";
import { findDraft } from "@/lib/db/drafts";
import { reportPath } from "@/lib/survey/api";
import { withResumeToken } from "@/lib/survey/resume-cookie";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const draft = await findDraft(token);
  if (!draft) return new NextResponse("This resume link is not valid. Start a new survey from the home page.", { status: 404 });
  const target = draft.status === "COMPLETED" && draft.reportToken ? reportPath(draft.reportToken) : "/survey";
  return withResumeToken(redirectTo(target), token);
}
