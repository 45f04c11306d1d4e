// Per-client limits on the public routes that do work or write, kept in PostgreSQL so each holds across every app
// process (docs/decisions/014-rate-limits-in-postgres.md; the client key is decision 006's). Each limit is set by
// one environment variable (lib/env.ts, README "Configuration"); 0 turns it off.
import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { postgresLimiter } from "@/lib/db/rate-limiters";
import { serverEnv, type Env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { PEER_ADDRESS_HEADER, peerAddressInstalled } from "@/lib/http/peer-address";
import { jsonError } from "@/lib/http/json-error";

interface Limit {
  /** The variable that sets how many requests the window allows. */
  variable: keyof Env & `${string}_RATE_LIMIT_PER_${"MINUTE" | "HOUR"}`;
  windowSeconds: number;
  /** What is being counted, for the 429's message: "submissions", "new surveys". */
  what: string;
}

export const LIMITS = {
  // The API's submissions and the browser's share one budget.
  submit: { variable: "SUBMIT_RATE_LIMIT_PER_MINUTE", windowSeconds: 60, what: "submissions" },
  stepSave: { variable: "STEP_SAVE_RATE_LIMIT_PER_MINUTE", windowSeconds: 60, what: "saved survey steps" },
  draft: { variable: "DRAFT_RATE_LIMIT_PER_HOUR", windowSeconds: 60 * 60, what: "new surveys" },
  reportPdf: { variable: "PDF_RATE_LIMIT_PER_MINUTE", windowSeconds: 60, what: "PDF downloads" },
  benchmarks: { variable: "BENCHMARKS_RATE_LIMIT_PER_MINUTE", windowSeconds: 60, what: "benchmark requests" },
  // "Email me a link to continue" (lib/mail/resume-link-mail.ts also bounds each draft and each recipient).
  mailLink: { variable: "MAIL_LINK_RATE_LIMIT_PER_HOUR", windowSeconds: 60 * 60, what: "mailed links" },
  // New teams (POST /api/v1/teams and the landing page's form, one budget): each may mail its leader twice.
  team: { variable: "TEAM_RATE_LIMIT_PER_HOUR", windowSeconds: 60 * 60, what: "new teams" },
} as const satisfies Record<string, Limit>;
export type LimitName = keyof typeof LIMITS;

/** The client key: its address, or one shared bucket when the address cannot be known (fails closed, not open). */
export function requestClientKey(headers: Headers, trustedProxies: number): string {
  const peerAddress = peerAddressInstalled() ? headers.get(PEER_ADDRESS_HEADER) : null;
  return clientAddress({ forwardedFor: headers.get("x-forwarded-for"), peerAddress, trustedProxies }) ?? "unknown";
}

export interface Refusal {
  message: string;
  retryAfterSeconds: number;
}

/** Counts one request against the named limit for the request's client: a refusal once it is over, else null. */
export async function countRequest(request: Request, name: LimitName): Promise<Refusal | null> {
  return countClient(request.headers, name);
}

/** countRequest by the request's headers, for a server action (which has `headers()` rather than a Request). */
export async function countClient(headers: Headers, name: LimitName): Promise<Refusal | null> {
  const env = serverEnv();
  const { variable, windowSeconds } = LIMITS[name];
  const points = env[variable];
  if (points === 0) return null;
  // The limit is part of the key's name, so changing it starts the counts afresh rather than judging old counts by a
  // new limit.
  const limiter = postgresLimiter({ name: `${name}/${points}`, points, durationSeconds: windowSeconds });
  try {
    await limiter.consume(requestClientKey(headers, env.TRUST_PROXY));
    return null;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    return { message: refusalMessage(name, points, retryAfterSeconds), retryAfterSeconds };
  }
}

/** What a client over the named limit of `points` requests is told. */
export function refusalMessage(name: LimitName, points: number, retryAfterSeconds: number): string {
  const { windowSeconds, what } = LIMITS[name];
  const per = windowSeconds === 60 ? "a minute" : "an hour";
  return `Too many ${what} from this client: at most ${points} ${per}. Try again in ${formatWait(retryAfterSeconds)}.`;
}

function formatWait(seconds: number): string {
  return seconds < 120 ? `${seconds} s` : `${Math.ceil(seconds / 60)} minutes`;
}

/** countRequest for a JSON route: the 429 to answer (the one error shape, with Retry-After), else null. */
export async function limitJsonRequest(request: Request, name: LimitName): Promise<Response | null> {
  const refusal = await countRequest(request, name);
  return refusal && jsonError(429, refusal.message, { headers: { "retry-after": String(refusal.retryAfterSeconds) } });
}
