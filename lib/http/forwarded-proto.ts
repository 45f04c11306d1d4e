/**
 * Whether the browser reached us over HTTPS. Next serves plain HTTP, so HTTPS means a proxy saying so in
 * X-Forwarded-Proto; with several proxies the first entry is the client's. Cookies are Secure exactly then: a forged
 * header can only make a client's own cookie stricter, never weaker, and the plain-http demo keeps working.
 */
export function isHttpsForwardedProto(value: string | null | undefined): boolean {
  return value?.split(",")[0]?.trim().toLowerCase() === "https";
}
