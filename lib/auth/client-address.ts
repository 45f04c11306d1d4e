/**
 * The client's address for the sign-in rate limit. With TRUST_PROXY = n proxies that append to X-Forwarded-For, the
 * n-th entry from the right (anything left of it was written by the client). Without a trusted proxy, Next gives
 * server code no trustworthy address (it passes a client's own X-Forwarded-For through), so every client shares one
 * budget, "direct", rather than trusting a header the client chose.
 */
export function signInAddress(forwardedFor: string | null, trustedProxies: number): string {
  if (trustedProxies > 0 && forwardedFor) {
    const hops = forwardedFor.split(",").map((hop) => hop.trim()).filter(Boolean);
    const hop = hops[Math.max(0, hops.length - trustedProxies)];
    if (hop) return hop;
  }
  return "direct";
}
