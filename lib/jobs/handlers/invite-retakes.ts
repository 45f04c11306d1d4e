// The daily retake invitations (lib/responses/retake-invitations.ts), RETAKE_INVITE_AFTER_DAYS after a latest report.
import "server-only";
import { serverEnv } from "@/lib/env";
import { logger } from "@/lib/log";
import { inviteRetakes } from "@/lib/responses/retake-invitations";
import { INVITE_RETAKES, jobHandler } from "../kinds";

export const inviteRetakesHandler = jobHandler(INVITE_RETAKES, async () => {
  const invited = await inviteRetakes(new Date(), serverEnv().RETAKE_INVITE_AFTER_DAYS);
  if (invited) logger.info({ invited }, "retake invitations written");
  return { invited };
});
