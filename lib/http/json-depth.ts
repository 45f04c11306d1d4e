// A bound on how deeply a request's JSON may nest, checked without recursion right after parsing, so no later walk
// (normalising answers, zod) can run out of stack on a small but deeply nested body. The deepest honest body is a
// pipeline stage: request → answers → pipeline → stages → stage → value, six levels.
export const MAX_JSON_DEPTH = 16;

/** True when `value` has arrays or objects nested more than `max` levels deep. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [next, depth] = pending.pop()!;
    if (typeof next !== "object" || next === null) continue;
    if (depth > max) return true;
    for (const inner of Array.isArray(next) ? next : Object.values(next)) pending.push([inner, depth + 1]);
  }
  return false;
}
