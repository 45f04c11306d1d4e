/** The admin session cookie's name; its value is an opaque random token whose SHA-256 is in AdminSession. */
export const ADMIN_SESSION_COOKIE = "dmi_admin_session";

/**
 * Where sign-in sends an admin back to: only paths inside /admin, never another origin, and never a control
 * character (a line break in a Location header is a 500, or a header injection).
 */
export function safeAdminPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/admin") || next.startsWith("//") || next.includes("\\")) return "/admin";
  if (/[\u0000-\u001f\u007f]/.test(next)) return "/admin";
  if (next.startsWith("/admin/sign-in")) return "/admin";
  return next;
}
