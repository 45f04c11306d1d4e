// Entity tags (RFC 9110 §8.8.3): the quoted form a response carries, and the tags an If-None-Match header lists.

/** A strong ETag header value for an opaque tag (no quotes in it). */
export function strongEtag(tag: string): string {
  return `"${tag}"`;
}

/**
 * The opaque tags an If-None-Match header lists, weak ones included (If-None-Match compares weakly); "*" stands
 * for any. Nothing for a missing or malformed header.
 */
export function ifNoneMatchTags(header: string | null): string[] {
  if (!header) return [];
  if (header.trim() === "*") return ["*"];
  return [...header.matchAll(/(?:W\/)?"([\x21\x23-\x7e\x80-\xff]*)"/g)].map((match) => match[1]!);
}
