// Which address a request comes from, for per-client limits. Pure: the caller passes the headers and settings.
import { isIPv6 } from "node:net";

export interface ClientAddressInput {
  /** The X-Forwarded-For header as received. */
  forwardedFor: string | null;
  /** The TCP peer address (lib/http/peer-address.ts), or null where it is not known. */
  peerAddress: string | null;
  /** TRUST_PROXY: how many proxies in front of the app append to X-Forwarded-For; 0 trusts none of it. */
  trustedProxies: number;
}

/**
 * With n trusted proxies the client is the n-th address from the right of X-Forwarded-For (the one the outermost
 * trusted proxy saw); anything left of it was written by the client and is ignored. With none, the TCP peer.
 */
export function clientAddress({ forwardedFor, peerAddress, trustedProxies }: ClientAddressInput): string | null {
  if (trustedProxies > 0 && forwardedFor) {
    const hops = forwardedFor.split(",").map((hop) => hop.trim()).filter(Boolean);
    if (hops.length > 0) return normaliseAddress(hops[Math.max(0, hops.length - trustedProxies)]!);
  }
  return peerAddress ? normaliseAddress(peerAddress) : null;
}

/** IPv4-mapped IPv6 becomes IPv4; other IPv6 addresses are keyed by their /64, which one subscriber usually holds. */
export function normaliseAddress(address: string): string {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...new Array<string>(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
