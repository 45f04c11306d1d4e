// Fuzzing inputs shared by the route and server-action fuzzers: fast-check arbitraries for wrong types, huge strings,
// deep JSON, unicode and malformed text, and small helpers to shape a request.
import fc from "fast-check";

export type FuzzRequest = { endpoint: string; method: string; path: string; headers: Record<string, string>; body?: string };

export const CONTENT_TYPES = [
  "application/json", "application/json", "application/json", "text/plain", "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=zz", "application/json; charset=utf-16", "application/xml", "",
];
export const contentType = fc.constantFrom(...CONTENT_TYPES);
/** Header-safe strings (fetch only sends Latin-1 without controls). */
export const headerText = fc.string({ unit: fc.integer({ min: 0x21, max: 0xff }).filter((c) => c < 0x7f || c > 0x9f).map((c) => String.fromCharCode(c)), maxLength: 300 });
export const cookieText = fc.oneof(fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"), maxLength: 80 }), fc.constant("A".repeat(43)));

export const weird = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.constantFrom(-1, -1e308, 1e308, 0, -0, 2 ** 53 + 1, "", " ", "\u0000", "\ud800", "🙂".repeat(500), "NaN", "Infinity", null, true, [], {}),
);
export const deepText = fc.tuple(fc.integer({ min: 100, max: 20_000 }), fc.boolean()).map(([depth, arrays]) =>
  arrays ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth),
);
/** A small body nesting thousands of levels deep inside an otherwise valid envelope, as text (nothing recurses). */
export const deeplyNestedAnswer = (envelope: (answer: string) => string) =>
  fc.tuple(fc.integer({ min: 2_000, max: 9_000 }), fc.boolean()).map(([depth, arrays]) =>
    envelope(arrays ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth)),
  );
/** Methods a browser never sends to these routes; TRACE and TRACK are ones fetch() itself refuses to send. */
export const oddMethod = fc.constantFrom("TRACE", "TRACK", "PATCH", "OPTIONS", "PROPFIND", "MKCOL", "PURGE", "LINK");
/** Headers a proxy or a client may set to anything. */
export const oddHeaders = fc.dictionary(
  fc.constantFrom("x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "origin", "x-request-id", "referer", "accept", "if-none-match", "range"),
  headerText,
  { maxKeys: 4 },
);
export const deepValue = fc.integer({ min: 50, max: 1_000 }).map((depth) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
});
export const hugeText = fc.tuple(fc.integer({ min: 70_000, max: 1_500_000 }), fc.constantFrom("x", "é", "🙂", "\\u0000")).map(([n, c]) => `"${c.repeat(Math.ceil(n / c.length))}"`);
export const malformed = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom("{", '{"a":', "[1,2", "NaN", '{"answers": Infinity}', "{'a':1}", "", "null", "\u0000", '{"instrumentVersion":"x",}', "\ufeff{}"),
  fc.tuple(fc.jsonValue(), fc.nat()).map(([value, cut]) => { const text = JSON.stringify(value) ?? ""; return text.slice(0, cut % (text.length + 1)); }),
);
export const genericBody = fc.oneof(
  { weight: 3, arbitrary: weird.map((value) => JSON.stringify(value) ?? "") },
  { weight: 2, arbitrary: malformed },
  { weight: 1, arbitrary: deepText },
  { weight: 1, arbitrary: hugeText },
);
export function headersOf(type: string, extra: Record<string, string | undefined>): Record<string, string> {
  const headers: Record<string, string> = {};
  if (type) headers["content-type"] = type;
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) headers[name] = value;
  return headers;
}

/** What React's encodeReply sends for plain values: JSON, with strings that start with "$" escaped as "$$". */
export function encodeReplyLike(args: unknown[]) {
  return JSON.stringify(args, (_key, value: unknown) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value));
}

