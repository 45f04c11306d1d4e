import { describe, expect, it } from "vitest";
import { publicHealth, type Health } from "@/lib/db/health";
import { mayReadHealthDetails } from "./health-details";

const TOKEN = "a-monitor-secret-0123456789";
const withBearer = (token?: string) =>
  new Request("http://test/api/health", { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("/api/health details", () => {
  it("are for the monitor holding HEALTH_TOKEN, not for a wrong, missing or unset token", async () => {
    expect(await mayReadHealthDetails(withBearer(TOKEN), TOKEN)).toBe(true);
    expect(await mayReadHealthDetails(withBearer(`${TOKEN}x`), TOKEN)).toBe(false);
    expect(await mayReadHealthDetails(withBearer(), TOKEN)).toBe(false);
    expect(await mayReadHealthDetails(withBearer(TOKEN), undefined)).toBe(false);
  });

  it("leave anyone else with up or down: no host, user, database name or migration list", () => {
    const down: Health = {
      ok: false,
      app: "up",
      database: { reachable: false, error: "Cannot reach PostgreSQL at db.internal:5432 as app_user (database dealmaker)" },
      migrations: { upToDate: false, applied: 0, expected: 9, pending: ["20261126204325_init"] },
    };
    expect(publicHealth(down)).toEqual({ ok: false, app: "up", database: { reachable: false } });
    expect(JSON.stringify(publicHealth(down))).not.toMatch(/db\.internal|app_user|dealmaker|init/);
  });
});
