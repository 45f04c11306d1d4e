// What a form's server action answers (docs/decisions/013-forms-and-errors.md): the success data, or the one error
// shape every route uses (`{ error: { message, fields } }`, lib/http/error-body.ts), or null before the first post.
import type { ErrorBody } from "@/lib/http/error-body";

export type ActionState<Success extends object> = Success | ErrorBody | null;

export function errorOf<Success extends object>(state: ActionState<Success>): ErrorBody["error"] | undefined {
  return state !== null && "error" in state ? (state as ErrorBody).error : undefined;
}

/**
 * The named text fields of a posted form. A server action is a public endpoint and may be posted anything React can
 * decode, so anything but FormData, and any field that is not text, reads as missing.
 */
export function formStrings<Name extends string>(form: unknown, names: readonly Name[]): Record<Name, string | undefined> {
  const values = {} as Record<Name, string | undefined>;
  for (const name of names) {
    const value = form instanceof FormData ? form.get(name) : null;
    values[name] = typeof value === "string" ? value : undefined;
  }
  return values;
}
