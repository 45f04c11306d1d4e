// The refusals of the /api/v1 routes that are not a zod failure, each built in one place: the routes answer with
// them and the OpenAPI examples (openapi-examples.ts) show them, so a documented error is the one a client gets.
import { INSTRUMENT_VERSION } from "@/lib/instrument";
import { jsonError } from "@/lib/http/json-error";
import { RETRY_AFTER } from "@/lib/http/json";

export const QUERY_UNUSABLE = "Some query parameters are not usable.";
export const FILTERS_UNRECOGNISED = "Some filters are not recognised.";
export const SUBMIT_BODY_UNUSABLE = "Send { instrumentVersion, answers } (and optionally participant).";
export const ANSWERS_INVALID = "Some answers are missing or need another look; nothing was stored.";

export const serverFailure = () => jsonError(500, "Something went wrong on our side; nothing was stored. Please try again.");

export const databaseUnavailable = () =>
  jsonError(503, "The database is unavailable for a moment; nothing was stored. Retry after the time in Retry-After.", {
    headers: RETRY_AFTER,
  });

export const idempotencyKeyUnusable = (problem: string) =>
  jsonError(400, "The Idempotency-Key header is not usable.", { fields: { "Idempotency-Key": problem } });

export const sentTwice = (fields: Record<string, string>) => jsonError(400, "Some fields were sent twice.", { fields });

export const oldInstrumentVersion = (sent: string) =>
  jsonError(
    409,
    `Instrument version "${sent}" is not accepted; the current version is ${INSTRUMENT_VERSION}. Fetch GET /api/v1/instrument and answer that.`,
    { fields: { instrumentVersion: `Use ${INSTRUMENT_VERSION}` }, currentVersion: INSTRUMENT_VERSION },
  );

export const idempotencyKeyReused = () =>
  jsonError(422, "This Idempotency-Key was already used for different answers; use a new key for a new response.", {
    fields: { "Idempotency-Key": "Already used for different answers" },
  });

// Only the report link's hash is stored, and this response's link was not derived from its key: it was stored before
// report links were hashed (docs/decisions/020-report-tokens-hashed.md).
export const reportLinkNotRecoverable = () =>
  jsonError(409, "This Idempotency-Key's response is stored, but its report link was given only in the first answer and cannot be given again.", {
    fields: { "Idempotency-Key": "Already used; its report link is in the first answer" },
  });

export const reportNotFound = () => jsonError(404, "There is no report with this token.");
export const responseNotFound = () => jsonError(404, "There is no response with this id.");
export const foreignOrigin = () => jsonError(403, "Only requests from this site may use the admin session; programs send an API token.");
export const readOnlyToken = () => jsonError(403, "This API token may only read; an admin can create one that may also erase.");
