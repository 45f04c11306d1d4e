// Submits the participant's draft as a completed response (idempotent: the draft itself is
// the key, so repeating the request returns the same report).
import { NextResponse } from "next/server";
import { completeDraft } from "@/lib/responses/submit";
import { withJsonErrors } from "@/lib/http/json";
import { fieldErrorsOf } from "@/lib/http/error-body";
import { jsonError } from "@/lib/http/json-error";
import { limitJsonRequest } from "@/lib/http/rate-limits";
import { reportPath, type SubmitResponse } from "@/lib/survey/api";
import { readResumeToken } from "@/lib/survey/resume-cookie";

export const dynamic = "force-dynamic";

export const POST = withJsonErrors(async (request: Request) => {
  // The API's submission limit, on the same budget: a client cannot go round it through the browser route.
  const limited = await limitJsonRequest(request, "submit");
  if (limited) return limited;
  const token = await readResumeToken();
  if (!token) return jsonError(404, "There are no saved answers in this browser to submit. Start the survey from the home page.");
  const outcome = await completeDraft(token);
  if (outcome.status === "not-found") return jsonError(404, "Your saved answers could not be found; please reload the page.");
  if (outcome.status === "submitted") {
    return jsonError(409, "This survey was already submitted. Your report opens with the report link you were given when you submitted.");
  }
  if (outcome.status === "invalid") {
    return jsonError(422, "A few answers are missing or need another look before you submit.", { fields: fieldErrorsOf(outcome.issues) });
  }
  const body: SubmitResponse = { completed: true, reportUrl: reportPath(outcome.reportToken) };
  return NextResponse.json(body, { headers: { "cache-control": "no-store" } });
});
