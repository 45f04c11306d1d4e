-- Admin sessions end after ADMIN_SESSION_IDLE_MS without use (lib/db/admin-sessions.ts), besides their 12-hour limit:
-- the last time each was seen, moved forward at most once a minute.
ALTER TABLE "AdminSession" ADD COLUMN "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
