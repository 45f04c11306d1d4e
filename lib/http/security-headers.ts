// The headers every response carries (set in proxy.ts). Scripts run only with the per-request nonce that Next puts
// on its own <script> tags ('strict-dynamic' lets those load the chunks they import); no 'unsafe-inline' for scripts.
// Styles keep 'unsafe-inline': React's style={...} attributes (charts, the what-if slider) cannot carry a nonce.

export type SecurityHeaderOptions = {
  nonce: string;
  /** Behind HTTPS: ask browsers to upgrade sub-requests. Never on the plain-http demo, where it would break them. */
  https: boolean;
  /** next dev needs eval for React's debugging stacks; production never does. */
  dev: boolean;
  /** A page whose address or content is someone's own (isPrivatePath): never indexed, never sent as a referrer. */
  privatePage?: boolean;
};

/**
 * Report links, resume links, team dashboards (/t/) and invite links (/join/) carry a private token or code in the
 * address; the survey, the admin and the team pages (whose result shows the two links) show someone's answers or
 * links. Search engines must not index them, and the address must not leave in a Referer header.
 */
export function isPrivatePath(pathname: string): boolean {
  return (
    ["/r/", "/t/", "/join/"].some((prefix) => pathname.startsWith(prefix)) ||
    ["/survey", "/admin", "/teams"].some((area) => pathname === area || pathname.startsWith(`${area}/`))
  );
}

export function contentSecurityPolicy({ nonce, https, dev }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "interest-cohort=()",
  "browsing-topics=()",
].join(", ");

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(options),
    "x-content-type-options": "nosniff",
    "referrer-policy": options.privatePage ? PRIVATE_REFERRER_POLICY : "strict-origin-when-cross-origin",
    "permissions-policy": PERMISSIONS_POLICY,
    "x-frame-options": "DENY",
    ...(options.privatePage ? { "x-robots-tag": "noindex, nofollow" } : {}),
    ...(options.https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

// "same-origin": the private address never leaves for another site, while our own forms keep their Origin header.
// ("no-referrer" would make the browser send `Origin: null` with a form posted without JavaScript, and Next refuses
// such a server action: the admin's and the resume page's forms would break.)
const PRIVATE_REFERRER_POLICY = "same-origin";

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
