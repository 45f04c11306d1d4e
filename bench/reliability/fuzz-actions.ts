// Fuzzed requests to every server action, the three ways a browser can call one — the arguments as JSON text
// (React's encodeReply), a form with JavaScript (multipart, arguments in part "0", fields as "_1_<name>"), a form
// without JavaScript (multipart with React's $ACTION_ fields) — plus malformed transport: wrong content types,
// unknown or malformed action ids, bodies that are not React's format, foreign Origins. The admin actions are fuzzed
// without a session and with the fuzzer's admin session; with a session, inputs that would be a real request
// (a valid token name, the re-score form's confirm) are left out, so nothing may be written.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { ApiTokenNameSchema } from "../../lib/admin/api-token-schema";
import { RESCORE_CONFIRM } from "../../lib/admin/rescore-confirm";
import { deepValue, encodeReplyLike, genericBody, headersOf, weird, type FuzzRequest } from "./fuzz-inputs";

type Fields = Record<string, string>;
type ActionSpec = {
  file: string;
  exportedName: string;
  /** The page whose form calls it (where the browser posts it). */
  path: string;
  /** The form's field names. */
  fields: string[];
  /** Would these form fields, from a signed-in admin, be a real request that writes? Such inputs are not fuzzed. */
  writes?: (fields: Fields) => boolean;
  /** Fuzzed with the admin session as well (not sign-in, which needs none, nor sign-out, whose every call is real). */
  withSession: boolean;
};

const ACTIONS: ActionSpec[] = [
  { file: "app/admin/sign-in/actions.ts", exportedName: "signIn", path: "/admin/sign-in", fields: ["email", "password"], withSession: false },
  { file: "app/admin/sign-in/actions.ts", exportedName: "signOut", path: "/admin/overview", fields: [], withSession: false },
  {
    file: "app/admin/(protected)/api-tokens/actions.ts", exportedName: "createTokenAction", path: "/admin/api-tokens", fields: ["name"],
    writes: (fields) => ApiTokenNameSchema.safeParse(fields.name).success, withSession: true,
  },
  { file: "app/admin/(protected)/api-tokens/actions.ts", exportedName: "revokeTokenAction", path: "/admin/api-tokens", fields: ["id"], withSession: true },
  { file: "app/admin/(protected)/responses/actions.ts", exportedName: "deleteResponseAction", path: "/admin/responses", fields: ["id", "confirm"], withSession: true },
  {
    file: "app/admin/(protected)/methodology/actions.ts", exportedName: "startRescoreAction", path: "/admin/methodology", fields: ["confirm"],
    writes: (fields) => fields.confirm === RESCORE_CONFIRM, withSession: true,
  },
];

function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const ids = new Map<string, string>();
  for (const spec of ACTIONS) {
    const entry = Object.entries(manifest.node).find(([, action]) => action.filename === spec.file && action.exportedName === spec.exportedName);
    if (!entry) throw new Error(`server action ${spec.exportedName} (${spec.file}) not found in the build's server-reference-manifest.json`);
    ids.set(spec.exportedName, entry[0]);
  }
  return ids;
}

const BOUNDARY = "----fuzzBoundary7MA4YWxkTrZu0gW";
function multipartBody(parts: [string, string][]): string {
  return parts.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${BOUNDARY}--\r\n`;
}
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

const asText = (value: unknown) => (typeof value === "string" ? value : (JSON.stringify(value) ?? ""));
/** A form field's value: near-misses of the real values, UUIDs that name nothing, and anything else. */
const fieldValue = fc.oneof(
  fc.constantFrom("", " ", "delete", "Delete", "rescore ", "RESCORE", "x".repeat(81), "🙂".repeat(90), "00000000-0000-0000-0000-000000000000"),
  fc.uuid(),
  weird.map(asText),
);
const fieldName = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz_$:0123456789"), maxLength: 20 });
const argument = fc.oneof({ weight: 3, arbitrary: weird }, { weight: 1, arbitrary: deepValue }, { weight: 1, arbitrary: fc.string().map((s) => `$${s}`) });
const argumentList = fc.array(argument, { maxLength: 4 });
/** A foreign, unparsable or opaque Origin now and then; the real origin otherwise, or none (a program). */
const originOf = (own: string) => fc.option(fc.constantFrom(own, own, "https://evil.example", "null", "not a url", ""), { nil: undefined, freq: 3 });

type Shaped = { body: string; type: string; headers: Record<string, string>; fields: Fields };

function shapes(spec: ActionSpec, id: string): fc.Arbitrary<Shaped> {
  const fields = fc
    .tuple(fc.subarray(spec.fields), fc.array(fieldName, { maxLength: 3 }))
    .chain(([known, extra]) => fc.tuple(...[...known, ...extra].map((name) => fieldValue.map((value): [string, string] => [name, value]))))
    .map((pairs) => Object.fromEntries(pairs) as Fields);
  const signInValues = fc.record({ email: fc.oneof(fc.emailAddress(), weird), password: fc.oneof(fc.string({ maxLength: 300 }), weird) }, { requiredKeys: [] });
  const jsonArgs = spec.exportedName === "signIn" ? fc.oneof(fc.tuple(signInValues, fc.oneof(fc.constant(null), fc.string(), weird)), argumentList) : argumentList;
  const text = jsonArgs.map((args): Shaped => ({ body: encodeReplyLike(args as unknown[]), type: "text/plain;charset=UTF-8", headers: { "next-action": id }, fields: {} }));
  const withJs = fc.tuple(fields, fc.constantFrom('["$K1"]', '[null,"$K1"]', '["$K1","$K1"]', "[]", '"$K1"', '["$@1"]'), argumentList).map(
    ([values, root, args]): Shaped => ({
      body: multipartBody([...Object.entries(values).map(([name, value]): [string, string] => [`_1_${name}`, value]), ["0", root === "[]" ? encodeReplyLike(args) : root]]),
      type: MULTIPART, headers: { "next-action": id }, fields: values,
    }),
  );
  const descriptor = fc.constantFrom(`{"id":"${id}","bound":"$@1"}`, `{"id":"${id}","bound":null}`, `{"id":"${"0".repeat(42)}","bound":null}`, `{"id":"${id}"`, "{}", '"$@1"');
  const withoutJs = fc.tuple(fields, fc.boolean(), descriptor, fc.constantFrom("[null]", "[]", '["$Q1"]', "{", "null")).map(
    ([values, byId, ref, bound]): Shaped => {
      const action: [string, string][] = byId ? [[`$ACTION_ID_${id}`, ""]] : [["$ACTION_REF_1", ""], ["$ACTION_1:0", ref], ["$ACTION_1:1", bound], ["$ACTION_KEY", "k1"]];
      return { body: multipartBody([...action, ...Object.entries(values)]), type: MULTIPART, headers: {}, fields: values };
    },
  );
  const transport = fc
    .tuple(
      fc.oneof(genericBody, text.map((shaped) => shaped.body)),
      fc.constantFrom("text/plain;charset=UTF-8", "application/json", "multipart/form-data; boundary=zz", "multipart/form-data", "application/x-www-form-urlencoded", ""),
      fc.constantFrom(id, id, "0".repeat(42), "not-an-action", "", id.toUpperCase()),
    )
    .map(([body, type, action]): Shaped => ({ body, type, headers: { "next-action": action }, fields: {} }));
  return fc.oneof({ weight: 3, arbitrary: text }, { weight: 3, arbitrary: withJs }, { weight: 2, arbitrary: withoutJs }, { weight: 2, arbitrary: transport });
}

export function actionRequests(perAction: number, signInCount: number, seed: number, own: { origin: string; sessionCookie: string }): FuzzRequest[] {
  const ids = actionIds();
  const requests: FuzzRequest[] = [];
  ACTIONS.forEach((spec, index) => {
    const id = ids.get(spec.exportedName)!;
    for (const withSession of spec.withSession ? [false, true] : [false]) {
      const arbitrary = fc
        .tuple(shapes(spec, id), originOf(own.origin))
        .filter(([shaped]) => !(withSession && spec.writes?.(shaped.fields)))
        .map(([shaped, origin]): FuzzRequest => ({
          endpoint: `${spec.exportedName} action (${withSession ? "admin session" : "no session"})`, method: "POST", path: spec.path,
          headers: headersOf(shaped.type, { ...shaped.headers, origin, accept: "text/x-component", cookie: withSession ? own.sessionCookie : undefined }),
          body: shaped.body,
        }));
      const count = spec.exportedName === "signIn" ? signInCount : perAction;
      requests.push(...fc.sample(arbitrary, { numRuns: count, seed: seed + 100 + index * 2 + Number(withSession) }));
    }
  });
  return requests;
}
