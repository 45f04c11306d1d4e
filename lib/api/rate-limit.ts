// Per-client limit on submissions, the API's and the browser's alike, kept in PostgreSQL so it holds across every app
// process (docs/decisions/014-rate-limits-in-postgres.md; the client key is decision 006's).
import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { postgresLimiter } from "@/lib/db/rate-limiters";
import { serverEnv } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { PEER_ADDRESS_HEADER, peerAddressInstalled } from "@/lib/http/peer-address";
import { jsonError } from "@/lib/http/json-error";

// The limit is part of the key's name, so changing SUBMIT_RATE_LIMIT_PER_MINUTE starts the counts afresh rather than
// judging old counts by a new limit.
const limiter = (pointsPerMinute: number) =>
  postgresLimiter({ name: `submit/${pointsPerMinute}`, points: pointsPerMinute, durationSeconds: 60 });

/** The client key: its address, or one shared bucket when the address cannot be known (fails closed, not open). */
export function submissionClientKey(headers: Headers, trustedProxies: number): string {
  const peerAddress = peerAddressInstalled() ? headers.get(PEER_ADDRESS_HEADER) : null;
  return clientAddress({ forwardedFor: headers.get("x-forwarded-for"), peerAddress, trustedProxies }) ?? "unknown";
}

/** Counts one submission for the request's client; the 429 to answer once it is over the limit, else null. */
export async function limitSubmission(request: Request) {
  const { SUBMIT_RATE_LIMIT_PER_MINUTE: perMinute, TRUST_PROXY } = serverEnv();
  if (perMinute === 0) return null;
  try {
    await limiter(perMinute).consume(submissionClientKey(request.headers, TRUST_PROXY));
    return null;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    return jsonError(429, `Too many submissions from this client: at most ${perMinute} a minute. Try again in ${retryAfter} s.`, {
      headers: { "retry-after": String(retryAfter) },
    });
  }
}
