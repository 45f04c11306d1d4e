// The one JSON error shape of every route, the survey's and the public API's alike (ApiErrorSchema documents it in
// the OpenAPI description): `{ error: { message, fields } }` — a sentence for the person, and one message per field
// keyed by question id or form field path ({} when the error is not about a field). Plain data with no imports, so
// the browser's forms can read it without bundling the server's response helpers.
export type ErrorBody = {
  error: { message: string; fields: Record<string, string>; currentVersion?: string };
};

export const errorBody = (message: string, fields: Record<string, string> = {}): ErrorBody => ({ error: { message, fields } });

/** Zod issues as `fields`: the first message per field, keyed by its path ("body" for the whole). */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "body";
    errors[key] ??= issue.message;
  }
  return errors;
}
