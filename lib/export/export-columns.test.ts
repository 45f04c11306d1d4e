// The CSV's columns and its dictionary come from the instrument: every question has a column, the names are unique
// and stable, the dictionary lists exactly the columns in order, and every cell goes through the formula guard.
import { describe, expect, it, vi } from "vitest";
vi.mock("server-only", () => ({}));
import { csvRow } from "@/lib/csv";
import { CONTACT_FIELD_IDS, PART_A_IDS, PART_B_IDS, PIPELINE_QUESTION_ID, allQuestions, instrument, type Instrument } from "@/lib/instrument";
import type { ExportResponse } from "@/lib/db/export-responses";
import { analyseSales, salesNumbers } from "@/lib/scoring";
import { columnDictionary, exportColumns } from "./export-columns";
import { exportRow } from "./export-column";

/** The header the CSV had before issue 13: kept, in this order, at the front. */
const EARLIER_HEADER = [
  "response_id", "completed_at", "started_at", "instrument_version", "role", "industry", "company_size", "revenue_band",
  "region", "sales_model", "scoring_version", "overall_index", "value_index", "number_index", "win_rate_index",
  "sales_cycle_index", "personal_index", "company_category", "personal_category", "new_opportunities", "won_count",
  "won_value", "lost_count", "lost_value", "open_count", "open_value", "cycle_days", "quota_attainment_pct",
  "sellers_at_quota_pct", "currency", "average_won_deal_usd", "velocity_per_day_usd",
];

const names = (includeContact: boolean, source?: Instrument) => exportColumns({ includeContact }, source).map((column) => column.name);

function response(answers: Record<string, unknown>, contact: ExportResponse["contact"] = null): ExportResponse {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    completedAt: new Date("2026-11-02T10:00:00Z"),
    startedAt: new Date("2026-11-02T09:40:00Z"),
    instrumentVersion: instrument.version,
    inPool: true,
    answers,
    score: null,
    contact,
  };
}

const cellsOf = (row: ExportResponse, includeContact = false) => {
  const columns = exportColumns({ includeContact });
  const built = exportRow(row);
  return Object.fromEntries(columns.map((column) => [column.name, column.value(built)]));
};

describe("exportColumns", () => {
  it("gives every question of the instrument a column; contact details only when asked for", () => {
    const withContact = new Set(exportColumns({ includeContact: true }).flatMap((column) => (column.questionId ? [column.questionId] : [])));
    const without = new Set(exportColumns({ includeContact: false }).flatMap((column) => (column.questionId ? [column.questionId] : [])));
    const ids = allQuestions().map((question) => question.id);
    expect(ids.filter((id) => !withContact.has(id))).toEqual([]);
    expect(ids.filter((id) => !without.has(id))).toEqual([...CONTACT_FIELD_IDS]);
  });

  it("follows a new question of a later instrument without any code change", () => {
    const later: Instrument = {
      ...instrument,
      sections: instrument.sections.map((section) =>
        section.id === "c.process"
          ? { ...section, questions: [...section.questions, { ...section.questions[0]!, id: "c.process.new-item", label: "A new statement" }] }
          : section,
      ),
    };
    expect(names(false, later)).toContain("c_process_new_item");
    expect(names(false, later)).toHaveLength(names(false).length + 1);
  });

  it("keeps the columns the CSV had, in their places, adds the rest after them and the contact details last", () => {
    expect(names(false).slice(0, EARLIER_HEADER.length)).toEqual(EARLIER_HEADER);
    expect(names(true).slice(-3)).toEqual(["contact_name", "contact_email", "company_name"]);
    expect(names(true).slice(0, -3)).toEqual(names(false));
  });

  it("names columns uniquely, in lower case with underscores", () => {
    const all = names(true);
    expect(new Set(all).size).toBe(all.length);
    for (const name of all) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it("has a column per position of the pipeline's most stages", () => {
    const stages = names(false).filter((name) => /^pipeline_stage_\d+_name$/.test(name));
    expect(stages).toHaveLength(12);
  });
});

describe("columnDictionary", () => {
  it.each([false, true])("lists every column the CSV writes, in order (contact details %s)", (includeContact) => {
    const dictionary = columnDictionary({ includeContact });
    expect(dictionary.map((entry) => entry.name)).toEqual(names(includeContact));
    expect(dictionary.map((entry) => entry.position)).toEqual(dictionary.map((_, i) => i + 1));
    for (const entry of dictionary) {
      expect(entry.meaning.length, entry.name).toBeGreaterThan(5);
      expect(entry.unit.length, entry.name).toBeGreaterThan(1);
    }
  });

  it("lists a choice question's option codes and a number question's range", () => {
    const dictionary = columnDictionary({ includeContact: false });
    const agreement = dictionary.find((entry) => entry.questionId === "c.process.mapped-to-buyer")!;
    expect(agreement.name).toBe("c_process_mapped_to_buyer");
    expect(agreement.allowed).toContain("strongly-agree (");
    const cycle = dictionary.find((entry) => entry.name === "cycle_days")!;
    expect(cycle).toMatchObject({ questionId: PART_B_IDS.cycleDays, unit: "days", allowed: "1 to 3,650" });
  });
});

describe("cells", () => {
  const answers = {
    [PART_A_IDS.role]: "seller",
    [PART_A_IDS.consent]: true,
    [PART_B_IDS.currency]: "eur",
    [PART_B_IDS.newOpportunities]: 200,
    [PART_B_IDS.wonCount]: 2,
    [PART_B_IDS.wonValue]: 30_000,
    [PART_B_IDS.lostCount]: 2,
    [PART_B_IDS.lostValue]: 70_000,
    [PART_B_IDS.cycleDays]: 73,
    "c.process.mapped-to-buyer": "agree",
    [PIPELINE_QUESTION_ID]: {
      stages: [
        { name: "=HYPERLINK(\"http://evil\")", count: 10, value: 100_000, conversionPct: 20 },
        { name: "Proposal", count: 4, value: 80_000, conversionPct: 50 },
        { name: "Negotiation", count: 2, value: 40_000 },
      ],
      target: 50_000,
    },
  };

  it("holds the answers as stored and the sales mathematics of lib/scoring", () => {
    const cells = cellsOf(response(answers));
    const sales = analyseSales(salesNumbers(answers));
    expect(cells).toMatchObject({
      role: "seller",
      a_contact_consent: true,
      currency: "eur",
      won_value: 30_000,
      c_process_mapped_to_buyer: "agree",
      c_process_followed_by_sellers: null,
      unit_win_rate: 0.5,
      value_win_rate: 0.3,
      average_won_deal: 15_000,
      velocity_per_day: sales.velocity.status === "ok" ? sales.velocity.value : "missing",
      opportunities_in_flight: 40,
      pipeline_stages: 3,
      pipeline_target: 50_000,
      pipeline_stage_2_name: "Proposal",
      pipeline_stage_2_value_factor: 2,
      pipeline_stage_2_required_value: 100_000,
      pipeline_stage_2_coverage: 0.8,
      pipeline_stage_2_verdict: "short",
      pipeline_stage_3_conversion_pct: null,
      pipeline_stage_3_value_factor: null,
      pipeline_stage_4_name: null,
      pipeline_weighted_value: null,
      overall_index: null,
    });
  });

  it("leaves every cell but the response's own empty when nothing was answered", () => {
    const cells = cellsOf(response({}));
    const filled = Object.entries(cells).filter(([, value]) => value !== null && value !== undefined).map(([name]) => name);
    expect(filled).toEqual(["response_id", "completed_at", "started_at", "instrument_version", "in_pool"]);
  });

  it("says whether the response is in the benchmark pool, from the stored column", () => {
    expect(cellsOf(response({})).in_pool).toBe(true);
    const out = { ...response({ [PART_A_IDS.pool]: false }), inPool: false };
    expect(cellsOf(out)).toMatchObject({ in_pool: false, a_contact_join_pool: false });
    const names = exportColumns({ includeContact: true }).map((column) => column.name);
    expect(names.indexOf("in_pool")).toBeGreaterThan(names.indexOf("pipeline_weighted_value"));
    expect(names.indexOf("in_pool")).toBeLessThan(names.indexOf("contact_name"));
  });

  it("guards every text cell against formulas, the participant's pipeline stage names and contact details included", () => {
    const contact = { contactName: "@SUM(A1)", contactEmail: "a@b.example", companyName: "+Evil" };
    const columns = exportColumns({ includeContact: true });
    const line = csvRow(columns.map((column) => column.value(exportRow(response(answers, contact)))));
    expect(line).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(line).toContain(",'@SUM(A1),a@b.example,'+Evil\r\n");
    // No cell of the row starts with a formula character.
    expect(line).not.toMatch(/(^|,)"?[=+@\t]/);
  });
});
