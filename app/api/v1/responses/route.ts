// Submits a complete response (issue 7): same schemas and the same write path as the browser form, idempotent with
// an Idempotency-Key header, limited per client. Every refusal is a JSON error and stores nothing.
import { NextResponse } from "next/server";
import { INSTRUMENT_VERSION, ResponseAnswersSchema } from "@/lib/instrument";
import { submitResponse } from "@/lib/responses/api-submission";
import { readApiJson, validationError, withApiErrors } from "@/lib/api/errors";
import {
  ANSWERS_INVALID,
  SUBMIT_BODY_UNUSABLE,
  idempotencyKeyReused,
  idempotencyKeyUnusable,
  oldInstrumentVersion,
  reportLinkNotRecoverable,
  sentTwice,
} from "@/lib/api/refusals";
import { limitJsonRequest } from "@/lib/http/rate-limits";
import { IdempotencyKeySchema, MAX_SUBMIT_BYTES, SubmitResponseRequestSchema } from "@/lib/api/schemas";
import { answersFromRequest, errorFieldName, submissionResult } from "@/lib/api/submission";
import { reportPath } from "@/lib/survey/api";
import { teamUnusable } from "@/lib/api/team-refusals";
import { teamForSubmission } from "@/lib/team-mode/team-survey";
import { withTeamProfile } from "@/lib/teams/team-profile";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request) => {
  const limited = await limitJsonRequest(request, "submit");
  if (limited) return limited;
  const read = await readApiJson(request, MAX_SUBMIT_BYTES);
  if (!read.ok) return read.response;

  const parsed = SubmitResponseRequestSchema.safeParse(read.body);
  if (!parsed.success) return validationError(400, SUBMIT_BODY_UNUSABLE, parsed.error.issues);
  const keyHeader = request.headers.get("idempotency-key");
  const key = keyHeader === null ? undefined : IdempotencyKeySchema.safeParse(keyHeader);
  if (key && !key.success) {
    return idempotencyKeyUnusable(key.error.issues[0]!.message);
  }
  if (parsed.data.instrumentVersion !== INSTRUMENT_VERSION) {
    return oldInstrumentVersion(parsed.data.instrumentVersion);
  }
  const joined = parsed.data.team === undefined ? null : await teamForSubmission(parsed.data.team);
  if (joined && !joined.ok) return teamUnusable(joined.message);
  const merged = answersFromRequest(parsed.data);
  if (!merged.ok) return sentTwice(merged.fields);
  const answers = ResponseAnswersSchema.safeParse(merged.answers);
  if (!answers.success) {
    const issues = answers.error.issues.map((issue) => ({
      message: issue.message,
      path: issue.path.length ? [errorFieldName(String(issue.path[0]), parsed.data), ...issue.path.slice(1)] : issue.path,
    }));
    return validationError(422, ANSWERS_INVALID, issues);
  }

  const outcome = await submitResponse({
    answers: joined ? withTeamProfile(answers.data, joined.team) : answers.data,
    idempotencyKey: key?.data,
    team: joined ? { teamId: joined.team.id, teamRole: "member" } : undefined,
  });
  if (outcome.status === "key-reused") {
    return idempotencyKeyReused();
  }
  if (outcome.status === "link-not-recoverable") {
    return reportLinkNotRecoverable();
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
