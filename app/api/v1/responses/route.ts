// Submits a complete response (issue 7): same schemas and the same write path as the browser form, idempotent with
// an Idempotency-Key header, limited per client. Every refusal is a JSON error and stores nothing.
import { NextResponse } from "next/server";
import { INSTRUMENT_VERSION, ResponseAnswersSchema } from "@/lib/instrument";
import { submitResponse } from "@/lib/responses/api-submission";
import { readApiJson, validationError, withApiErrors } from "@/lib/api/errors";
import { jsonError } from "@/lib/http/json-error";
import { limitJsonRequest } from "@/lib/http/rate-limits";
import { IdempotencyKeySchema, MAX_SUBMIT_BYTES, SubmitResponseRequestSchema } from "@/lib/api/schemas";
import { answersFromRequest, errorFieldName, submissionResult } from "@/lib/api/submission";
import { reportPath } from "@/lib/survey/api";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request) => {
  const limited = await limitJsonRequest(request, "submit");
  if (limited) return limited;
  const read = await readApiJson(request, MAX_SUBMIT_BYTES);
  if (!read.ok) return read.response;

  const parsed = SubmitResponseRequestSchema.safeParse(read.body);
  if (!parsed.success) return validationError(400, "Send { instrumentVersion, answers } (and optionally participant).", parsed.error.issues);
  const keyHeader = request.headers.get("idempotency-key");
  const key = keyHeader === null ? undefined : IdempotencyKeySchema.safeParse(keyHeader);
  if (key && !key.success) {
    return jsonError(400, "The Idempotency-Key header is not usable.", { fields: { "Idempotency-Key": key.error.issues[0]!.message } });
  }
  if (parsed.data.instrumentVersion !== INSTRUMENT_VERSION) {
    return jsonError(409, `Instrument version "${parsed.data.instrumentVersion}" is not accepted; the current version is ${INSTRUMENT_VERSION}. Fetch GET /api/v1/instrument and answer that.`, {
      fields: { instrumentVersion: `Use ${INSTRUMENT_VERSION}` },
      currentVersion: INSTRUMENT_VERSION,
    });
  }
  const merged = answersFromRequest(parsed.data);
  if (!merged.ok) return jsonError(400, "Some fields were sent twice.", { fields: merged.fields });
  const answers = ResponseAnswersSchema.safeParse(merged.answers);
  if (!answers.success) {
    const issues = answers.error.issues.map((issue) => ({
      message: issue.message,
      path: issue.path.length ? [errorFieldName(String(issue.path[0]), parsed.data), ...issue.path.slice(1)] : issue.path,
    }));
    return validationError(422, "Some answers are missing or need another look; nothing was stored.", issues);
  }

  const outcome = await submitResponse({ answers: answers.data, idempotencyKey: key?.data });
  if (outcome.status === "key-reused") {
    return jsonError(422, "This Idempotency-Key was already used for different answers; use a new key for a new response.", {
      fields: { "Idempotency-Key": "Already used for different answers" },
    });
  }
  if (outcome.status === "link-not-recoverable") {
    // Only the report link's hash is stored, and this response's link was not derived from its key: it was stored
    // before report links were hashed (docs/decisions/020-report-tokens-hashed.md).
    return jsonError(409, "This Idempotency-Key's response is stored, but its report link was given only in the first answer and cannot be given again.", {
      fields: { "Idempotency-Key": "Already used; its report link is in the first answer" },
    });
  }
  const { submission } = outcome;
  const body = submissionResult(submission, new URL(reportPath(submission.reportToken), request.url).toString());
  const created = outcome.status === "created";
  return NextResponse.json(body, {
    status: created ? 201 : 200,
    headers: {
      "cache-control": "no-store",
      location: `/api/v1/reports/${submission.reportToken}`,
      ...(created ? {} : { "idempotent-replayed": "true" }),
    },
  });
});
