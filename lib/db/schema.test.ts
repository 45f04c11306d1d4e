// After the committed migrations, every model can be written and read through the client,
// the constraints the product relies on hold, and health says "up to date".
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { db } from "./client";
import { checkHealth } from "./health";

withMigratedDatabase();

describe("database schema", () => {
  it("stores a response with its score and report, and an admin with a session", async () => {
    const response = await db().response.create({
      data: {
        instrumentVersion: "2026.1",
        answers: { "a.profile.industry": "software" },
        industry: "software",
        score: {
          create: { scoringVersion: "2026.1", overall: 77, valueIndex: 76, personalIndex: 89, sectionScores: { "c.alignment": 70 } },
        },
        report: {
          create: { tokenHash: randomBytes(32).toString("hex"), reportVersion: "1", scoringVersion: "2026.1", document: { parts: [] } },
        },
      },
      select: { id: true, status: true, score: { select: { overall: true } }, report: { select: { tokenHash: true } } },
    });
    expect(response.status).toBe("DRAFT");
    expect(response.score?.overall).toBe(77);
    expect(response.report?.tokenHash).toHaveLength(64);

    const admin = await db().adminUser.create({
      data: {
        email: `admin-${randomBytes(3).toString("hex")}@example.com`,
        passwordHash: "x",
        sessions: { create: { tokenHash: randomBytes(32).toString("hex"), expiresAt: new Date(Date.now() + 60_000) } },
      },
      select: { sessions: { select: { id: true } } },
    });
    expect(admin.sessions).toHaveLength(1);
  });

  it("refuses a second report with the same link", async () => {
    const tokenHash = randomBytes(32).toString("hex");
    const make = () =>
      db().response.create({
        data: {
          instrumentVersion: "2026.1",
          report: { create: { tokenHash, reportVersion: "1", scoringVersion: "2026.1", document: {} } },
        },
      });
    await make();
    await expect(make()).rejects.toThrow(/Unique constraint/i);
  });

  it("deletes a response's score and report with it", async () => {
    const { id } = await db().response.create({
      data: { instrumentVersion: "2026.1", score: { create: { scoringVersion: "2026.1", overall: 50, sectionScores: {} } } },
    });
    await db().response.delete({ where: { id } });
    expect(await db().score.count({ where: { responseId: id } })).toBe(0);
  });

  it("refuses section scores that are not an object of section ids", async () => {
    const { id } = await db().response.create({ data: { instrumentVersion: "2026.1" }, select: { id: true } });
    await expect(
      db().score.create({ data: { responseId: id, scoringVersion: "2026.1", sectionScores: [50, 60] } }),
    ).rejects.toThrow(/Score_sectionScores_object/);
    expect(await db().score.count({ where: { responseId: id } })).toBe(0);
  });

  it("reports the database reachable and migrated", async () => {
    const health = await checkHealth();
    expect(health).toMatchObject({ ok: true, database: { reachable: true }, migrations: { upToDate: true, pending: [] } });
  });
});
