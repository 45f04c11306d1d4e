/** Request header proxy.ts sets to the requested admin path, so a redirect to sign-in can come back to it. */
export const ADMIN_PATH_HEADER = "x-dmi-admin-path";
