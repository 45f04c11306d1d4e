// The daily purge of abandoned drafts (lib/responses/purge-drafts.ts), after DRAFT_RETENTION_DAYS.
import "server-only";
import { serverEnv } from "@/lib/env";
import { logger } from "@/lib/log";
import { purgeExpiredDrafts } from "@/lib/responses/purge-drafts";
import { jobHandler, PURGE_EXPIRED_DRAFTS } from "../kinds";

export const purgeExpiredDraftsHandler = jobHandler(PURGE_EXPIRED_DRAFTS, async () => {
  const purged = await purgeExpiredDrafts(new Date(), serverEnv().DRAFT_RETENTION_DAYS);
  logger.info({ purged }, "expired drafts purged");
});
