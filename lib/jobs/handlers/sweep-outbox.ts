// The outbox sweep every 5 minutes (lib/mail/sweep-outbox.ts): lost send jobs queued again, old mails deleted.
import "server-only";
import { serverEnv } from "@/lib/env";
import { logger } from "@/lib/log";
import { sweepOutbox } from "@/lib/mail/sweep-outbox";
import { jobHandler, SWEEP_OUTBOX } from "../kinds";

export const sweepOutboxHandler = jobHandler(SWEEP_OUTBOX, async () => {
  const swept = await sweepOutbox(new Date(), serverEnv().MAIL_RETENTION_DAYS);
  if (swept.requeued || swept.deleted) logger.info(swept, "outbox swept");
  return swept;
});
