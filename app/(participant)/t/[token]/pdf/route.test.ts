// GET /t/{token}/pdf: the team dashboard as a PDF, rendered on demand; nothing member-derived below the minimum.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PART_A_IDS, ResponseAnswersSchema } from "@/lib/instrument";
import { findTeamById } from "@/lib/db/teams";
import { submitResponse } from "@/lib/responses/api-submission";
import { createTeam } from "@/lib/team-mode/create-team";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { GET } from "./route";

withMigratedDatabase();

const get = (token: string) => GET(new Request(`http://localhost/t/${token}/pdf`), { params: Promise.resolve({ token }) });
const text = async (response: Response) => execFileSync("pdftotext", ["-", "-"], { input: Buffer.from(await response.arrayBuffer()), encoding: "utf8" });

describe("GET /t/{token}/pdf", () => {
  it("renders the team's figures once the minimum have completed, and says why there are none before", { timeout: 60_000 }, async () => {
    const created = await createTeam({ name: "Nordic inside sales", leaderEmail: null, now: new Date() });
    const team = (await findTeamById(created.teamId))!;
    const member = (pick: "best" | "worst" | "middle") =>
      submitResponse({
        answers: ResponseAnswersSchema.parse({ ...buildAnswers(pick, { includeOptional: false }), [PART_A_IDS.role]: "seller" }),
        team: { teamId: team.id, teamRole: "member" },
      });
    await member("best");
    const early = await get(created.dashboardToken);
    expect(early.status).toBe(200);
    expect(early.headers.get("content-type")).toBe("application/pdf");
    expect(early.headers.get("content-disposition")).toMatch(/^attachment; filename="dealmaker-index-team-nordic-inside-sales-\d{4}-\d{2}-\d{2}\.pdf"/);
    const before = await text(early);
    expect(before).toContain("Nordic inside sales");
    expect(before).toContain("Nothing from the team's answers is shown until 3 members have completed the survey: 1 so far.");
    expect(before).not.toContain("Team medians");

    await member("worst");
    await member("middle");
    const after = await text(await get(created.dashboardToken));
    expect(after).toContain("Team medians against peers");
    expect(after).toContain("Unit win rate");
    expect(after).not.toContain("Nothing from the team's answers");
  });

  it("is 404 for a token no team has", async () => {
    expect((await get("C".repeat(43))).status).toBe(404);
  });
});
