// Fuzzing: generated bad inputs (fast-check) against every write endpoint and the sign-in server action, through
// HTTP the way browsers and programs send them. Nothing may answer 5xx and nothing may be stored.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { findSection, sectionAnswersSchema, type Question } from "../../lib/instrument";
import { SaveStepRequestSchema } from "../../lib/survey/api";
import { type AppUnderTest } from "./server";
import { INSTRUMENT_VERSION, RESUME_COOKIE, check, instrument, newKey, pool, validSteps, validSubmission, type Failure } from "./common";

type FuzzRequest = { endpoint: string; method: string; path: string; headers: Record<string, string>; body?: string; malformedAction?: boolean };

const CONTENT_TYPES = [
  "application/json", "application/json", "application/json", "text/plain", "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=zz", "application/json; charset=utf-16", "application/xml", "",
];
const contentType = fc.constantFrom(...CONTENT_TYPES);
/** Header-safe strings (fetch only sends Latin-1 without controls). */
const headerText = fc.string({ unit: fc.integer({ min: 0x21, max: 0xff }).filter((c) => c < 0x7f || c > 0x9f).map((c) => String.fromCharCode(c)), maxLength: 300 });
const cookieText = fc.oneof(fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"), maxLength: 80 }), fc.constant("A".repeat(43)));

const weird = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.constantFrom(-1, -1e308, 1e308, 0, -0, 2 ** 53 + 1, "", " ", "\u0000", "\ud800", "🙂".repeat(500), "NaN", "Infinity", null, true, [], {}),
);
const deepText = fc.tuple(fc.integer({ min: 100, max: 20_000 }), fc.boolean()).map(([depth, arrays]) =>
  arrays ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth),
);
const deepValue = fc.integer({ min: 50, max: 1_000 }).map((depth) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
});
const hugeText = fc.tuple(fc.integer({ min: 70_000, max: 1_500_000 }), fc.constantFrom("x", "é", "🙂", "\\u0000")).map(([n, c]) => `"${c.repeat(Math.ceil(n / c.length))}"`);
const malformed = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom("{", '{"a":', "[1,2", "NaN", '{"answers": Infinity}', "{'a':1}", "", "null", "\u0000", '{"instrumentVersion":"x",}', "\ufeff{}"),
  fc.tuple(fc.jsonValue(), fc.nat()).map(([value, cut]) => { const text = JSON.stringify(value) ?? ""; return text.slice(0, cut % (text.length + 1)); }),
);
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

const genericBody = fc.oneof(
  { weight: 3, arbitrary: weird.map((value) => JSON.stringify(value) ?? "") },
  { weight: 2, arbitrary: malformed },
  { weight: 1, arbitrary: deepText },
  { weight: 1, arbitrary: hugeText },
);
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
);
const cookieHeader = fc.option(cookieText.map((token) => `${RESUME_COOKIE}=${token}`), { nil: undefined });

function headersOf(type: string, extra: Record<string, string | undefined>): Record<string, string> {
  const headers: Record<string, string> = {};
  if (type) headers["content-type"] = type;
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) headers[name] = value;
  return headers;
}

function isValidStep(text: string) {
  try {
    const parsed = SaveStepRequestSchema.safeParse(JSON.parse(text));
    const section = parsed.success ? findSection(parsed.data.sectionId) : undefined;
    return Boolean(section && sectionAnswersSchema(section).safeParse(parsed.data!.answers).success);
  } catch {
    return false;
  }
}

/** What React's encodeReply sends for plain values: JSON, with strings that start with "$" escaped as "$$". */
function encodeReplyLike(args: unknown[]) {
  return JSON.stringify(args, (_key, value: unknown) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value));
}

function nestingDepth(text: string) {
  let depth = 0;
  let deepest = 0;
  for (const c of text) {
    if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return deepest;
}

/** Could the sign-in form (React's encodeReply) have produced this body? */
function isFormShaped(text: string) {
  try {
    const args: unknown = JSON.parse(text);
    return Array.isArray(args) && encodeReplyLike(JSON.parse(text.replace(/"\$\$/g, '"$')) as unknown[]) === text && nestingDepth(text) <= 64;
  } catch {
    return false;
  }
}

function signInActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.filename === "app/admin/sign-in/actions.ts" && action.exportedName === "signIn");
  if (!entry) throw new Error("signIn server action not found in the build's server-reference-manifest.json");
  return entry[0];
}

function requests(perEndpoint: number, seed: number): FuzzRequest[] {
  const actionId = signInActionId();
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
  // The sign-in form calls the signIn server action: Next posts its arguments ([values, next]) as the action body.
  const signInValues = fc.oneof(
    fc.record({ email: fc.oneof(fc.emailAddress(), weird), password: fc.oneof(fc.string({ maxLength: 300 }), weird) }, { requiredKeys: [] }),
    weird,
    deepValue,
  );
  const signIn = fc
    .tuple(
      fc.oneof({ weight: 4, arbitrary: fc.tuple(signInValues, fc.oneof(fc.constant(null), fc.string(), weird)).map((args) => encodeReplyLike(args)) }, { weight: 1, arbitrary: genericBody }),
      fc.constantFrom("text/plain;charset=UTF-8", "text/plain;charset=UTF-8", "application/json", "multipart/form-data; boundary=zz", ""),
      fc.constantFrom(actionId, actionId, actionId, "0".repeat(42), "not-an-action"),
    )
    .map(([body, type, action]): FuzzRequest => ({
      endpoint: "POST /admin/sign-in (signIn action)", method: "POST", path: "/admin/sign-in",
      headers: headersOf(type, { "next-action": action, accept: "text/x-component" }), body,
      // Not what the form (React's encodeReply) can send: Next.js's own action decoding refuses these before our code runs.
      malformedAction: !(action === actionId && type.startsWith("text/plain") && isFormShaped(body)),
    }));
  return [v1, steps, submit, signIn].flatMap((arbitrary, index) => fc.sample(arbitrary, { numRuns: perEndpoint, seed: seed + index }));
}

export async function fuzz(app: AppUnderTest, failures: Failure[], perEndpoint = 2600) {
  const seed = Number(process.env.FUZZ_SEED ?? 20261126);
  const all = requests(perEndpoint, seed);
  const before = await app.counts();
  const tally = new Map<string, Map<string, number>>();
  const serverErrors: string[] = [];
  let frameworkErrors = 0;
  const accepted: string[] = [];
  const started = Date.now();
  await pool(all, 48, async (request) => {
    let status: string;
    try {
      const response = await fetch(`${app.baseUrl}${request.path}`, { method: request.method, headers: request.headers, body: request.body, redirect: "manual" });
      status = String(response.status);
      await response.arrayBuffer();
      if (response.status < 300 && request.method === "PUT") accepted.push(request.body ?? "");
      if (response.status >= 500 && request.malformedAction) frameworkErrors++;
      else if (response.status >= 500) serverErrors.push(`${request.endpoint} → ${status} for body ${JSON.stringify((request.body ?? "").slice(0, 200))} headers ${JSON.stringify(request.headers).slice(0, 200)}`);
    } catch (error) {
      status = `error:${(error as Error).cause ? String((error as { cause: { code?: string } }).cause.code) : (error as Error).message}`;
      serverErrors.push(`${request.endpoint} → ${status}`);
    }
    const byStatus = tally.get(request.endpoint) ?? new Map<string, number>();
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    tally.set(request.endpoint, byStatus);
  });
  const after = await app.counts();
  console.log(`fuzzing: ${all.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
  for (const [endpoint, byStatus] of tally) {
    const statuses = [...byStatus].sort(([a], [b]) => a.localeCompare(b)).map(([status, n]) => `${status}×${n}`).join(" ");
    console.log(`  ${endpoint}: ${[...byStatus.values()].reduce((a, b) => a + b, 0)} — ${statuses}`);
  }
  console.log(`  of the sign-in 5xx, ${frameworkErrors} are Next.js refusing malformed server-action transport (wrong content type, non-array or unescaped \"$\" body, nesting over 64, unknown action id) before the app's code runs — reported, not counted as app failures`);
  console.log(`  rows before ${JSON.stringify(before)} after ${JSON.stringify(after)}`);
  if (accepted.length) console.log(`  accepted steps, e.g. ${accepted.slice(0, 3).map((body) => body.slice(0, 300)).join("\n    ")}`);
  check(failures, all.length >= 10_000, `fuzzing: only ${all.length} inputs`);
  check(failures, serverErrors.length === 0, `fuzzing: ${serverErrors.length} 5xx or broken connections, e.g.\n    ${serverErrors.slice(0, 5).join("\n    ")}`);
  for (const table of ["Response", "Report", "Score", "AdminSession"] as const) {
    check(failures, before[table] === after[table], `fuzzing: ${after[table] - before[table]} ${table} rows written`);
  }
}
