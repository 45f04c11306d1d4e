// The server reports field errors keyed by question-id paths ("e.pipeline.snapshot.stages.2.count").
// Question ids contain dots too, so the question is found by prefix, then mapped to a form field path.
import { toFieldName } from "./field-names";

export function serverErrorsToFieldPaths(fieldErrors: Record<string, string>, questionIds: readonly string[]) {
  const mapped: { field: string; message: string }[] = [];
  for (const [path, message] of Object.entries(fieldErrors)) {
    const id = questionIds.find((q) => path === q || path.startsWith(`${q}.`));
    if (id) mapped.push({ field: toFieldName(id) + path.slice(id.length), message });
  }
  return mapped;
}
