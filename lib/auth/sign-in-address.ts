import { clientAddress } from "@/lib/http/client-address";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";

/**
 * The client's address for the sign-in rate limit, by the same rule as the API's limits (lib/http/client-address.ts):
 * with TRUST_PROXY = n, the n-th X-Forwarded-For entry from the right; otherwise the TCP peer that instrumentation.ts
 * stamps on every request (`peerTrusted` says it is installed in this process). Failing both, all clients share one
 * budget, "direct", rather than trusting a header the client chose.
 */
export function signInAddress(headers: Headers, trustedProxies: number, peerTrusted: boolean): string {
  const peerAddress = peerTrusted ? headers.get(PEER_ADDRESS_HEADER) : null;
  return clientAddress({ forwardedFor: headers.get("x-forwarded-for"), peerAddress, trustedProxies }) ?? "direct";
}
