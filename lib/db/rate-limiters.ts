// Rate limits shared by every app process: rate-limiter-flexible's PostgreSQL store on the app's pool, over the
// "RateLimit" table the rate_limits migration made (docs/decisions/014-rate-limits-in-postgres.md). A consume is one
// atomic upsert, so concurrent requests in any process cannot all slip under a limit.
import "server-only";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import type pg from "pg";
import { sqlPool } from "./client";

export interface LimitRule {
  /** Names the limit; keys are stored as "<name>:<key>". */
  name: string;
  points: number;
  durationSeconds: number;
}

// One limiter per rule and pool (tests switch databases, which replaces the pool).
const limiters = new WeakMap<pg.Pool, Map<string, RateLimiterPostgres>>();

export function postgresLimiter(rule: LimitRule): RateLimiterPostgres {
  const pool = sqlPool();
  let byRule = limiters.get(pool);
  if (!byRule) limiters.set(pool, (byRule = new Map()));
  const id = `${rule.name}/${rule.points}/${rule.durationSeconds}`;
  let limiter = byRule.get(id);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "RateLimit",
      tableCreated: true,
      keyPrefix: rule.name,
      points: rule.points,
      duration: rule.durationSeconds,
    });
    byRule.set(id, limiter);
  }
  return limiter;
}
