// Checks the arguments of a server-action request before Next.js hands them to React's decodeReply, which answers
// 500 for anything it cannot decode (a body that is not JSON, a "$" reference to a part that is not there, a BigInt
// that is not digits, nesting deep enough to overflow the stack) and Next then throws again when the decoded value
// is not an argument list. The check accepts a strict subset of React's reply format: what encodeReply produces for
// the plain values and FormData our forms send. Every other "$" form is refused, so a form that starts sending
// something new fails loudly in its e2e test rather than silently here.

/** React's limit on a server action's argument count (Next's SERVER_ACTION_ARGS_LIMIT). */
export const MAX_ACTION_ARGS = 1000;
/** Far beyond any form's arguments ([values, next] is depth 2), far below a stack overflow in React's reviver. */
export const MAX_REPLY_DEPTH = 64;
/**
 * Below Next's 1 MB action body limit (which it reports as a 500), and small enough that React's array budget
 * (a million slots and characters inside arrays) cannot be reached either.
 */
export const MAX_ACTION_BODY_BYTES = 1_000_000;

// encodeReply's self-contained "$" strings: "$$…" (an escaped "$"), "$undefined", "$NaN", "$Infinity", "$-0" /
// "$-Infinity", "$D<date>", "$n<bigint>" and "$K<id>" (a FormData backed by the request's own form fields, which
// resolves to an empty FormData when there are none). Anything else refers to another part of the reply.
const SELF_CONTAINED = /^\$(?:\$|u|N|I|-|D|n\d{1,300}$|n-\d{1,299}$|K[0-9a-f]+$)/;

/** Why the decoded arguments would not be a usable argument list, or null when they would. */
export function replyProblem(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return "The server action's arguments are not valid JSON.";
  }
  if (!Array.isArray(parsed)) return "The server action's arguments must be a list.";
  if (parsed.length > MAX_ACTION_ARGS) return `A server action takes at most ${MAX_ACTION_ARGS} arguments.`;
  return valueProblem(parsed, 1);
}

function valueProblem(value: unknown, depth: number): string | null {
  if (typeof value === "string") {
    return value.startsWith("$") && !SELF_CONTAINED.test(value) ? `Unsupported value ${JSON.stringify(value.slice(0, 40))} in the server action's arguments.` : null;
  }
  if (typeof value !== "object" || value === null) return null;
  if (depth > MAX_REPLY_DEPTH) return `The server action's arguments are nested more than ${MAX_REPLY_DEPTH} levels deep.`;
  for (const child of Object.values(value)) {
    const problem = valueProblem(child, depth + 1);
    if (problem) return problem;
  }
  return null;
}
