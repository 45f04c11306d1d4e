import { describe, expect, it } from "vitest";
import { demoResponses } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { ReportDocumentSchema } from "@/lib/report/document";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { db } from "@/lib/db/client";
import { insertDemoResponses } from "@/lib/demo/demo-loader";
import { createMissingReports } from "./create-missing-reports";

withMigratedDatabase();

describe("createMissingReports", () => {
  it("writes one valid report per completed response, once", async () => {
    await insertDemoResponses(demoResponses(seededRandom(3), 40, new Date("2026-06-01T00:00:00Z")));
    expect(await createMissingReports(15)).toBe(40);
    expect(await createMissingReports(15)).toBe(0);
    const reports = await db().report.findMany({ select: { document: true, tokenHash: true, tokenSalt: true } });
    expect(reports).toHaveLength(40);
    for (const report of reports) {
      expect(ReportDocumentSchema.safeParse(report.document).success).toBe(true);
      // Random links nobody is given: only their hashes, and no salt to derive them again.
      expect(report).toMatchObject({ tokenHash: expect.stringMatching(/^[0-9a-f]{64}$/), tokenSalt: null });
    }
  });
});
