import { describe, expect, it } from "vitest";
import { profileLine } from "./profile-line";

describe("the report's profile line", () => {
  it("names the industry, size, sellers, sales model and region", () => {
    const line = profileLine({
      industry: "Manufacturing and industrial",
      companySize: "250 to 999",
      salesTeamSize: "21 to 50",
      salesModel: "Through channel partners or resellers",
      region: "Europe",
      role: "Sales leader (head of sales, VP, director)",
    });
    expect(line).toBe("Manufacturing and industrial · 250 to 999 employees · 21 to 50 with a sales target · sells through channel partners · Europe");
  });

  it("leaves out what an older report did not store, and keeps a label it cannot shorten", () => {
    expect(profileLine({ industry: "Software and internet", region: "Asia Pacific" })).toBe("Software and internet · Asia Pacific");
    expect(profileLine({ salesModel: "Door to door" })).toBe("Door to door");
    expect(profileLine({})).toBe("");
  });
});
