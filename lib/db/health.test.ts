import { describe, expect, it } from "vitest";
import { freePort } from "@/scripts/embedded-postgres";

describe("health with the database down", () => {
  it("says the database is unreachable, in words, without throwing", async () => {
    process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${await freePort()}/nowhere`;
    const { checkHealth } = await import("./health");
    const health = await checkHealth();
    expect(health.ok).toBe(false);
    expect(health.database.reachable).toBe(false);
    expect(health.database.error).toMatch(/^Cannot reach PostgreSQL at 127\.0\.0\.1:\d+: connection refused/);
    expect(health.migrations.upToDate).toBe(false);
  });
});
