/**
 * The client's address for rate limiting. Next.js does not expose the socket address to server code, and it passes a
 * client's own X-Forwarded-For through unchanged, so that header is trusted only when TRUST_PROXY says a reverse proxy
 * overwrites it (its last entry is then the address the proxy saw). Otherwise every client shares one budget, "direct".
 */
export function clientAddress(forwardedFor: string | null, trustProxy: boolean): string {
  if (!trustProxy || !forwardedFor) return "direct";
  const last = forwardedFor.split(",").at(-1)?.trim();
  return last || "direct";
}
