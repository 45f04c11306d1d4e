// Answers malformed server-action requests with a 4xx before Next.js's action handler sees them, because Next answers
// them with a 500 (next/dist/server/app-render/action-handler.js, 16.4): an Origin that does not match the host
// (its CSRF check), a body over the 1 MB limit, a multipart body it cannot parse, arguments React's decodeReply
// refuses, or decoded arguments that are not a list. Unknown action ids get a 404 that keeps Next's
// `x-nextjs-action-not-found` header, so a browser on an older deployment still gets Next's skew handling.
// Real actions pass untouched: the body the guard reads is a copy, and the app still receives its own.
import { jsonError } from "./json-error";
import { knownActionIds } from "./server-action-ids";
import { MAX_ACTION_BODY_BYTES, replyProblem } from "./server-action-reply";

/** Next's request header naming the action, and its reply header for an unknown one (checked by next-upgrade.test.ts). */
export const ACTION_HEADER = "next-action";
export const ACTION_NOT_FOUND_HEADER = "x-nextjs-action-not-found";

type Refusal = { status: number; message: string; notFound?: boolean };

/**
 * Next's CSRF check, answered with 403 instead of 500: an Origin, when sent, must name this host. The host is the
 * first X-Forwarded-Host only when proxies are trusted (TRUST_PROXY > 0); otherwise a client could name any host there.
 */
export function originProblem(headers: Headers, trustForwardedHost: boolean): string | null {
  const origin = headers.get("origin");
  if (origin === null) return null;
  if (origin !== "null" && !URL.canParse(origin)) return "The Origin header is not a URL.";
  const originHost = origin === "null" ? "null" : new URL(origin).host;
  if (!originHost) return null;
  const forwarded = trustForwardedHost ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const host = forwarded || headers.get("host");
  return host === originHost ? null : "Only requests from this site are accepted.";
}

async function readCappedBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

async function formDataOf(bytes: Uint8Array<ArrayBuffer>, contentType: string): Promise<FormData | null> {
  try {
    return await new Request("http://action.invalid/", { method: "POST", headers: { "content-type": contentType }, body: bytes }).formData();
  } catch {
    return null;
  }
}

const badRequest = (message: string): Refusal => ({ status: 400, message });
const unknownAction = (): Refusal => ({ status: 404, message: "There is no such server action.", notFound: true });

/** A form posted without JavaScript: React's `$ACTION_ID_<id>` or `$ACTION_REF_<n>` fields name the action. */
function formActionProblem(form: FormData, ids: ReadonlySet<string> | undefined): Refusal | null {
  for (const key of form.keys()) {
    if (key.startsWith("$ACTION_ID_")) {
      if (ids && !ids.has(key.slice("$ACTION_ID_".length))) return unknownAction();
    } else if (key.startsWith("$ACTION_REF_")) {
      const prefix = `$ACTION_${key.slice("$ACTION_REF_".length)}:`;
      const descriptor = form.getAll(`${prefix}0`);
      if (descriptor.length !== 1 || typeof descriptor[0] !== "string") return badRequest("The form's action is missing.");
      let parsed: unknown;
      try {
        parsed = JSON.parse(descriptor[0]);
      } catch {
        return badRequest("The form's action is not valid JSON.");
      }
      const { id, bound, ...rest } = (parsed ?? {}) as { id?: unknown; bound?: unknown };
      if (typeof parsed !== "object" || parsed === null || typeof id !== "string" || Object.keys(rest).length) {
        return badRequest("The form's action is malformed.");
      }
      if (ids && !ids.has(id)) return unknownAction();
      if (bound === null) continue;
      const part = typeof bound === "string" ? /^\$@([0-9a-f]+)$/.exec(bound)?.[1] : undefined;
      const args = part === undefined ? null : form.get(`${prefix}${part}`);
      if (typeof args !== "string") return badRequest("The form's bound arguments are missing.");
      const problem = replyProblem(args);
      if (problem) return badRequest(problem);
    }
  }
  return null;
}

async function refusal(
  request: Request,
  pathname: string,
  ids: ReadonlySet<string> | undefined,
  trustForwardedHost: boolean,
): Promise<Refusal | null> {
  // Route handlers never run server actions; only pages do.
  if (request.method !== "POST" || pathname.startsWith("/api/")) return null;
  const actionId = request.headers.get(ACTION_HEADER);
  const contentType = request.headers.get("content-type") ?? "";
  // Next's own test: a multipart POST to a page may be a form posted without JavaScript.
  const multipart = contentType.startsWith("multipart/form-data");
  if (actionId === null && !multipart) return null;
  const origin = originProblem(request.headers, trustForwardedHost);
  if (origin) return { status: 403, message: origin };
  if (actionId !== null) {
    if (ids && !ids.has(actionId)) return unknownAction();
    if (!multipart && !contentType.toLowerCase().startsWith("text/plain")) {
      return { status: 415, message: "Server actions are posted as text/plain or multipart/form-data." };
    }
  }
  const bytes = await readCappedBytes(request, MAX_ACTION_BODY_BYTES);
  if (!bytes) return { status: 413, message: `The request is too large (limit ${MAX_ACTION_BODY_BYTES} bytes).` };
  if (!multipart) {
    const problem = replyProblem(Buffer.from(bytes).toString("utf8"));
    return problem ? badRequest(problem) : null;
  }
  const form = await formDataOf(bytes, contentType);
  if (!form) return badRequest("The multipart body could not be read.");
  if (actionId === null) return formActionProblem(form, ids);
  const root = form.get("0");
  if (typeof root !== "string") return badRequest("The server action's arguments are missing.");
  const problem = replyProblem(root);
  return problem ? badRequest(problem) : null;
}

/** The 4xx to answer instead of letting Next.js run a malformed server-action request, or undefined to let it run. */
export async function refuseMalformedServerAction(
  request: Request,
  pathname: string,
  /** The build's action ids; read from its manifest only for requests that may be actions. */
  ids: () => ReadonlySet<string> | undefined = knownActionIds,
  trustForwardedHost = false,
): Promise<Response | undefined> {
  if (request.method !== "POST" || pathname.startsWith("/api/")) return undefined;
  const refused = await refusal(request, pathname, ids(), trustForwardedHost);
  if (!refused) return undefined;
  const response = jsonError(refused.status, refused.message);
  if (refused.notFound) response.headers.set(ACTION_NOT_FOUND_HEADER, "1");
  return response;
}
