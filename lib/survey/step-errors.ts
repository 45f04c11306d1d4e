// A step check's issues as react-hook-form errors. Question ids contain dots, so issue paths are mapped to form field
// names first (field-names.ts), then nested by path, so errors land beside the right field (pipeline rows included).
// The nesting uses react-hook-form's own `get`/`set` rather than @hookform/resolvers' toNestErrors (the same rules,
// without native validation, which the survey does not use): one package fewer in the survey's browser code.
import { get, set, type FieldError, type FieldErrors, type ResolverOptions } from "react-hook-form";
import { toFieldName, type FormValues } from "./field-names";

/** Flat field-path → message, e.g. { "b__numbers__won-count": "…", "e__pipeline__snapshot.stages.2.count": "…" }. */
export type FlatFieldErrors = Record<string, string>;

export function issuesToFieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FlatFieldErrors {
  const errors: FlatFieldErrors = {};
  for (const issue of issues) {
    const [id, ...rest] = issue.path;
    const key = [toFieldName(String(id ?? "")), ...rest.map(String)].join(".");
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Is `path` a list whose rows are form fields ("….stages" with "….stages.0.name" registered)? */
const isFieldArray = (names: readonly string[], path: string) =>
  names.some((name) => name.startsWith(`${path}.`) && /^\d+(\.|$)/.test(name.slice(path.length + 1)));

/**
 * Flat errors nested by path, each with its field's element as `ref`. A message for a whole list of rows goes
 * under the list's `root`, beside the rows' own errors, where react-hook-form keeps a field array's own error.
 */
export function nestFieldErrors(flat: FlatFieldErrors, options: ResolverOptions<FormValues>): FieldErrors<FormValues> {
  const names = options.names ?? Object.keys(flat);
  const errors: FieldErrors<FormValues> = {};
  for (const [path, message] of Object.entries(flat)) {
    const field = get(options.fields, path) as { ref?: FieldError["ref"]; refs?: FieldError["ref"][] } | undefined;
    const error: FieldError = { type: "validate", message, ref: field?.refs ? field.refs[0] : field?.ref };
    if (isFieldArray(names, path)) set(errors, path, { ...(get(errors, path) as object | undefined), root: error });
    else set(errors, path, error);
  }
  return errors;
}
