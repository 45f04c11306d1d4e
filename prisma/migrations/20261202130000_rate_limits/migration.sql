-- Rate limits shared by every app process (docs/decisions/014-rate-limits-in-postgres.md): rate-limiter-flexible's
-- RateLimiterPostgres keeps one row per limited key here — points used and when they expire (epoch milliseconds). The
-- columns are exactly the ones the library creates itself; it is given `tableCreated: true`, so the table is ours,
-- made by this migration, and `prisma migrate` sees no drift. The library deletes rows expired an hour ago.
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");

-- The admin sign-in limit counted failures in its own table, after the password check (a race: 12 simultaneous guesses
-- were all checked against a limit of 5). It now consumes from "RateLimit" before the check.
DROP TABLE "AdminLoginFailure";
