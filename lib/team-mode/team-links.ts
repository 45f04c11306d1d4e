// A team's two private links (issue 16): the invite link members open, whose short code is stored as is so it can be
// looked up, and the dashboard link, a 256-bit token of which only the hash is stored (docs/decisions/030-team-mode.md).
import "server-only";
import { randomInt } from "node:crypto";
import { newToken } from "@/lib/db/tokens";
import { serverEnv } from "@/lib/env";

/** Lower-case letters and digits without the look-alikes (0 o 1 i l): 31 symbols, so 12 of them carry 59 bits. */
const INVITE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const INVITE_CODE_LENGTH = 12;

export function newInviteCode(): string {
  return Array.from({ length: INVITE_CODE_LENGTH }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join("");
}

export const newDashboardToken = newToken;

export const invitePath = (inviteCode: string) => `/join/${inviteCode}`;
export const dashboardPath = (dashboardToken: string) => `/t/${dashboardToken}`;

/** Absolute, for the API's answer and the mails: the app's PUBLIC_URL, as every mailed link. */
export const absoluteUrl = (path: string) => `${serverEnv().PUBLIC_URL}${path}`;
