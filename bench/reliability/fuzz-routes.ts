// Fuzzed requests to the route handlers that write: the public API (POST /api/v1/responses), the survey's autosave
// and submit, the admin API's erasure (DELETE /api/v1/admin/responses/{id}, with and without a session) and the
// benchmark-only insert route (404 unless BENCH_ROUTES=1, which the reliability server never sets).
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { findSection, sectionAnswersSchema, type Question } from "../../lib/instrument";
import { SaveStepRequestSchema } from "../../lib/survey/api";
import { INSTRUMENT_VERSION, RESUME_COOKIE, instrument, newKey, validSteps, validSubmission } from "./common";
import {
  contentType, cookieText, deepValue, deeplyNestedAnswer, genericBody, headerText, headersOf, oddHeaders, oddMethod, weird, type FuzzRequest,
} from "./fuzz-inputs";

/** Replaces `"__N__"` in a JSON text with a literal that parses to a non-finite or absurd number. */
const nonFinite = fc.constantFrom("1e999", "-1e999", "-1e15", "-1e308", "1e308");

function invalidValueFor(question: Question) {
  switch (question.kind) {
    case "choice": return fc.constantFrom<unknown>("zz-not-an-option", -1, 1e308, {}, [], true, "", "__N__");
    case "number": return fc.constantFrom<unknown>(-1e15, 1e300, "12", "NaN", {}, [], true, "", "__N__");
    case "text": return fc.constantFrom<unknown>("x".repeat((question.maxLength ?? 2000) + 1), 42, {}, [], true, "__N__");
    case "consent": return fc.constantFrom<unknown>("yes", 1, {}, [], "__N__");
    case "pipeline": return fc.constantFrom<unknown>("x", -1, [], { stages: "nope" }, "__N__");
  }
}
const allQuestions = instrument.sections.flatMap((section) => section.questions);
const requiredQuestions = allQuestions.filter((question) => question.required);

function withNumbers(text: string, literal: string) {
  return text.replaceAll('"__N__"', literal);
}

/** A complete valid submission with one answer made invalid or one required answer left out. */
const nearlyValidSubmission = fc.tuple(fc.nat(10_000), fc.constantFrom(...allQuestions), fc.boolean(), nonFinite).chain(([seed, question, drop, literal]) => {
  const body = validSubmission(seed);
  if (drop) {
    const required = requiredQuestions[seed % requiredQuestions.length]!;
    delete body.answers[required.id];
    return fc.constant(JSON.stringify(body));
  }
  return invalidValueFor(question).map((value) => withNumbers(JSON.stringify({ ...body, answers: { ...body.answers, [question.id]: value } }), literal));
});
const stepBodies = validSteps();
const requiredByStep = stepBodies.map((step) => instrument.sections.find((section) => section.id === step.sectionId)!.questions);
/** One step with valid answers except one invalid or missing required answer. */
const nearlyValidStep = fc.tuple(fc.nat(stepBodies.length - 1), fc.nat(), fc.boolean(), nonFinite).chain(([index, pick, drop, literal]) => {
  const step = stepBodies[index]!;
  const questions = requiredByStep[index]!;
  const required = questions.filter((question) => question.required);
  if (drop && required.length) {
    const answers: Record<string, unknown> = { ...step.answers };
    delete answers[required[pick % required.length]!.id];
    return fc.constant(JSON.stringify({ ...step, answers }));
  }
  const question = questions[pick % questions.length]!;
  return invalidValueFor(question).map((value) => withNumbers(JSON.stringify({ ...step, answers: { ...step.answers, [question.id]: value } }), literal));
});

const questionId = fc.oneof(fc.constantFrom(...allQuestions.map((question) => question.id)), fc.string({ maxLength: 250 }));
const answersObject = fc.oneof(fc.dictionary(questionId, fc.oneof(weird, deepValue), { maxKeys: 20 }), weird);

const v1Body = fc.oneof(
  { weight: 3, arbitrary: genericBody },
  { weight: 3, arbitrary: nearlyValidSubmission },
  {
    weight: 3,
    arbitrary: fc
      .record(
        { instrumentVersion: fc.oneof(fc.constant(INSTRUMENT_VERSION), weird), answers: answersObject, participant: weird, extra: weird },
        { requiredKeys: [] },
      )
      .map((value) => JSON.stringify(value)),
  },
  { weight: 1, arbitrary: fc.nat(10_000).map((seed) => JSON.stringify({ ...validSubmission(seed), instrumentVersion: "1999.1" })) },
  { weight: 1, arbitrary: deeplyNestedAnswer((answer) => `{"instrumentVersion":"${INSTRUMENT_VERSION}","answers":{"c.process.importance":${answer}}}`) },
);
const stepBody = fc.oneof(
  { weight: 3, arbitrary: genericBody },
  { weight: 3, arbitrary: nearlyValidStep },
  {
    weight: 3,
    arbitrary: fc
      .record({ sectionId: fc.oneof(fc.constantFrom(...stepBodies.map((step) => step.sectionId)), weird), answers: answersObject, extra: weird }, { requiredKeys: [] })
      .map((value) => JSON.stringify(value)),
  },
  { weight: 1, arbitrary: fc.nat(stepBodies.length - 1).map((index) => JSON.stringify({ ...stepBodies[index], sectionId: "z.unknown-step" })) },
  { weight: 1, arbitrary: deeplyNestedAnswer((answer) => `{"sectionId":"c.process","answers":{"c.process.importance":${answer}}}`) },
);
const cookieHeader = fc.option(cookieText.map((token) => `${RESUME_COOKIE}=${token}`), { nil: undefined });

function isValidStep(text: string) {
  try {
    const parsed = SaveStepRequestSchema.safeParse(JSON.parse(text));
    const section = parsed.success ? findSection(parsed.data.sectionId) : undefined;
    return Boolean(section && sectionAnswersSchema(section).safeParse(parsed.data!.answers).success);
  } catch {
    return false;
  }
}

/** A path segment that names no stored response: random UUIDs, malformed ids, path tricks (percent-encoded), and raw
 *  hex-and-percent strings sent as they are, broken escapes ("%zz", a trailing "%") included. */
const absentResponseSegment = fc.oneof(
  fc.constant(null).map(() => randomUUID()),
  fc.constantFrom("", "x", "00000000-0000-0000-0000-000000000000", "..%2F..%2Fhealth", "%00", "'; DROP TABLE \"Response\"; --", "1e999").map(encodeURIComponent),
  fc.string({ unit: fc.constantFrom(..."0123456789abcdefABCDEF-%"), maxLength: 60 }).map(encodeURIComponent),
  fc.string({ unit: fc.constantFrom(..."0123456789abcdefzABCDEF-%"), maxLength: 60 }),
);

/** `sessionCookie`: the fuzzer's admin session, so erasure is fuzzed past the sign-in check too. */
export function routeRequests(perEndpoint: number, seed: number, sessionCookie: string): FuzzRequest[] {
  const idempotencyKey = fc.option(fc.oneof(headerText, fc.constant(newKey())), { nil: undefined });
  const v1 = fc.tuple(v1Body, contentType, idempotencyKey).map(([body, type, key]): FuzzRequest => ({
    endpoint: "POST /api/v1/responses", method: "POST", path: "/api/v1/responses", headers: headersOf(type, { "idempotency-key": key }), body,
  }));
  // An all-optional step saved empty is a legitimate autosave (it makes a draft), so bodies the step schemas accept are left out.
  const steps = fc.tuple(stepBody.filter((body) => !isValidStep(body)), contentType, cookieHeader).map(([body, type, cookie]): FuzzRequest => ({
    endpoint: "PUT /api/survey/steps", method: "PUT", path: "/api/survey/steps", headers: headersOf(type, { cookie }), body,
  }));
  const submit = fc.tuple(fc.option(genericBody, { nil: undefined }), contentType, cookieHeader).map(([body, type, cookie]): FuzzRequest => ({
    endpoint: "POST /api/survey/submit", method: "POST", path: "/api/survey/submit", headers: headersOf(type, { cookie }), body,
  }));
  const erase = (withSession: boolean) =>
    fc.tuple(absentResponseSegment, fc.option(genericBody, { nil: undefined }), fc.option(headerText.map((token) => `Bearer ${token}`), { nil: undefined })).map(
      ([id, body, authorization]): FuzzRequest => ({
        endpoint: `DELETE /api/v1/admin/responses/{id} (${withSession ? "admin session" : "no session"})`, method: "DELETE",
        // Next.js's router answers a broken escape (/%zz) in a dynamic segment with a plain-text 500; proxy.ts
        // refuses those first (lib/http/malformed-path.ts), which this keeps checking.
        path: `/api/v1/admin/responses/${id}`,
        headers: headersOf("", withSession ? { cookie: sessionCookie } : { authorization }), body,
      }),
    );
  const benchInsert = fc.tuple(fc.option(genericBody, { nil: undefined }), contentType).map(([body, type]): FuzzRequest => ({
    endpoint: "POST /api/bench/insert (off)", method: "POST", path: "/api/bench/insert", headers: headersOf(type, {}), body,
  }));
  const oddPath = fc.constantFrom("/", "/survey", "/api/v1/responses", "/api/survey/steps", "/api/survey/submit", "/api/v1/instrument", "/admin/sign-in", "/r/not-a-token", "/api/health");
  const odd = fc.tuple(oddMethod, oddPath, oddHeaders, fc.option(genericBody, { nil: undefined })).map(([method, path, headers, body]): FuzzRequest => ({
    // No body with TRACE (none is allowed) or TRACK (Node's parser answers 400 and closes the socket mid-upload).
    endpoint: "odd methods and header values", method, path, headers, body: method === "TRACE" || method === "TRACK" ? undefined : body,
  }));
  const counts: [fc.Arbitrary<FuzzRequest>, number][] = [
    [v1, perEndpoint], [steps, perEndpoint], [submit, perEndpoint],
    [erase(false), perEndpoint / 4], [erase(true), perEndpoint / 4], [benchInsert, perEndpoint / 8], [odd, perEndpoint / 4],
  ];
  return counts.flatMap(([arbitrary, n], index) => fc.sample(arbitrary, { numRuns: Math.ceil(n), seed: seed + index }));
}
