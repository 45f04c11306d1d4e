// The "Since last time" part: built from the stored documents as they are (peers as they stood at each date, never
// recomputed), absent from a first report, honest about currencies, definitions and peer groups that changed, and
// with trends only from three earlier reports on. Brightlane Software's visits are tests/support/retake-personas.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PART_B_IDS } from "@/lib/instrument";
import { personaReport, reportOfAnswers } from "@/tests/support/persona-report";
import { personaAnswers } from "@/tests/support/personas";
import { NO_REFERENCE_ARCHIVE, referenceArchive } from "@/tests/support/reference-archive";
import { retakeReports } from "@/tests/support/retake-personas";
import { ReportDocumentSchema, type ReportDocument } from "./document";
import type { EarlierReport } from "./earlier-report";
import { sinceLastTime } from "./since-last-time";
import { SINCE_PLACEHOLDERS, sinceTemplates } from "./since-narrative";
import type { ChangeMetric } from "./since-last-time-schema";

const fourVisits = retakeReports("retake-four-visits");
const rowOf = (doc: ReportDocument, metric: ChangeMetric) => doc.sinceLastTime!.rows.find((row) => row.metric === metric)!;
const earlierOf = (document: ReportDocument, completedAt = "2025-09-15T14:00:00.000Z"): EarlierReport[] => [{ completedAt, document }];

describe("a first report", () => {
  it("has no Since last time part at all", () => {
    expect(fourVisits[0]!.document).not.toHaveProperty("sinceLastTime");
    expect(personaReport("middling")).not.toHaveProperty("sinceLastTime");
  });
});

describe("the fourth of Brightlane's visits, against the third", () => {
  const [, , third, fourth] = fourVisits.map((visit) => visit.document);

  it("sets the figures then and now beside the peers' medians each report stored", () => {
    const unit = rowOf(fourth!, "unitWinRate");
    // 78 of 250 decided deals won on March 9, 2026; 90 of 250 now.
    expect([unit.then.value, unit.now.value]).toEqual([78 / 250, 90 / 250]);
    const peersThen = third!.executive.peerNumbers!.rows.find((row) => row.metric === "unitWinRate")!;
    expect([unit.then.peerMedian, unit.then.peerTopQuartile]).toEqual([peersThen.median, peersThen.topQuartile]);
    expect(unit.verdict).toBe("improved");
    const index = rowOf(fourth!, "overall");
    expect(index.then).toEqual({ value: third!.summary.overall.score, peerMedian: third!.summary.overall.peerMedian, peerTopQuartile: third!.summary.overall.peerTopQuartile });
    expect(index.now.peerMedian).toBe(fourth!.summary.overall.peerMedian);
  });

  it("takes the peers from the earlier document as stored, never recomputing them", () => {
    const stored = structuredClone(third!);
    stored.executive.peerNumbers!.rows.find((row) => row.metric === "sellersAtQuota")!.median = 30;
    stored.executive.peerNumbers!.rows.find((row) => row.metric === "sellersAtQuota")!.topQuartile = 70;
    const since = sinceLastTime(fourth!, earlierOf(stored))!;
    const sellers = since.rows.find((row) => row.metric === "sellersAtQuota")!;
    // A spread of 40 points asks for 20: the 7-point fall that counted against the real peers no longer does.
    expect([sellers.then.peerMedian, sellers.threshold, sellers.verdict]).toEqual([30, 20, "steady"]);
    expect(rowOf(fourth!, "sellersAtQuota").verdict).toBe("declined");
  });

  it("names the largest changes each way with their figures, and counts the rest", () => {
    expect(fourth!.sinceLastTime!.paragraphs[0]!.text).toContain(
      "Your share of sellers at quota fell from 52% to 45%; your peers' median was 51% then and is 52% now.",
    );
    expect(fourth!.sinceLastTime!.paragraphs[0]!.text).toMatch(/Three more changes are large enough to count/);
  });

  it("draws every index over the four reports", () => {
    const trends = fourth!.sinceLastTime!.trends;
    expect(trends.map((trend) => trend.metric)).toEqual(["overall", "number", "value", "winRate", "salesCycle", "personal"]);
    expect(trends[0]!.points).toEqual(fourVisits.map(({ completedAt, document }) => ({ date: completedAt, score: document.summary.overall.score, peerMedian: document.summary.overall.peerMedian })));
  });

  it("draws no trend with two earlier reports", () => {
    expect(fourVisits[2]!.document.sinceLastTime!.earlierReports).toBe(2);
    expect(fourVisits[2]!.document.sinceLastTime!.trends).toEqual([]);
  });
});

describe("what the comparison leaves out or qualifies", () => {
  it("does not subtract money given in two currencies, and says so", () => {
    const [, euros] = retakeReports("retake-in-euros").map((visit) => visit.document);
    for (const metric of ["averageDeal", "velocityPerDay"] as const) expect(rowOf(euros!, metric)).toMatchObject({ change: null, reason: "currency", verdict: "not-comparable" });
    expect(rowOf(euros!, "averageDeal").currencies).toEqual({ then: "usd", now: "eur" });
    expect(euros!.sinceLastTime!.notes.map((note) => note.text)).toContain(
      "You gave your money figures in USD last time and in EUR this time. Amounts in two currencies are not subtracted, so your average won deal and your sales velocity are shown side by side without a change.",
    );
  });

  it("cannot tell two unlisted currencies apart, so does not subtract them either", () => {
    const other = { ...personaAnswers("middling"), [PART_B_IDS.currency]: "other" };
    const now = reportOfAnswers(other, { earlier: earlierOf(reportOfAnswers(other)), completedAt: "2026-03-16T11:20:00.000Z" });
    expect(rowOf(now, "averageDeal")).toMatchObject({ reason: "currency", verdict: "not-comparable" });
    expect(now.sinceLastTime!.notes.map((note) => note.key)).toEqual(["since:unknown-currency"]);
  });

  it("says plainly when nothing moved further than the peers' spread", () => {
    const now = reportOfAnswers(personaAnswers("middling"), { earlier: earlierOf(personaReport("middling"), "2026-01-05T10:00:00Z") });
    expect(now.sinceLastTime!.rows.filter((row) => row.verdict !== "steady").map((row) => row.metric)).toEqual(["velocityPerDay"]);
    expect(now.sinceLastTime!.paragraphs).toEqual([
      {
        key: "since:nothing",
        text:
          "Nothing has changed meaningfully since your report of January 5, 2026: every figure that can be judged moved by less than half the distance " +
          "between your peers' median and the edge of their best quarter at that date.",
      },
    ]);
    expect(now.sinceLastTime!.completedAt).toBeNull();
  });

  it("judges nothing against a report stored in 2026.1, whose velocity was worked out differently, and says why", () => {
    const old = ReportDocumentSchema.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, "../../tests/fixtures/report-2026.1.json"), "utf8")));
    const since = sinceLastTime(personaReport("middling"), earlierOf(old, "not a date"))!;
    expect(since.rows.filter((row) => row.verdict === "improved" || row.verdict === "declined")).toEqual([]);
    expect(since.rows.find((row) => row.metric === "velocityPerDay")).toMatchObject({ reason: "definition", verdictText: "Not compared: worked out differently then" });
    expect(since.paragraphs[0]!.text).toBe(
      "There is no spread of your peers' figures in your previous report to judge these changes by, so the table below gives them without a verdict.",
    );
    expect(since.notes.map((note) => note.key)).toEqual(expect.arrayContaining(["since:velocity", "since:scoring"]));
  });

  it("names both peer groups when the group changed", () => {
    const earlier = personaReport("middling");
    const moved = { ...earlier, peerGroup: { label: "All participants", size: 400, meetsMinimum: true } };
    const since = sinceLastTime(personaReport("middling"), earlierOf(moved))!;
    expect(since.notes).toContainEqual({
      key: "since:peer-group",
      text: "Your peer group has changed: All participants then, Software and internet companies of your size now. Each date's peer figures are those of its own group.",
    });
    expect(since.previous).toEqual({ completedAt: "2025-09-15T14:00:00.000Z", peerGroup: "All participants" });
  });
});

describe("the part's templates", () => {
  const placeholders = (template: string) => [...template.matchAll(/\{([^{}]*)\}/g)].map(([, name]) => name!);

  it("use their own placeholders, every one of them", () => {
    const used = new Set(sinceTemplates().flatMap(placeholders));
    expect([...used].sort()).toEqual(Object.keys(SINCE_PLACEHOLDERS).sort());
  });

  it("share no run of eight words with the reference archive (REFERENCE_ARCHIVE)", (context) => {
    const archive = referenceArchive();
    if (archive === null) return context.skip(NO_REFERENCE_ARCHIVE);
    const words = (text: string) => text.toLowerCase().replace(/['’‘]/g, "").replace(/[^a-z0-9]+/g, " ").trim().split(" ").filter(Boolean);
    const runs = (list: string[]) => list.slice(0, Math.max(0, list.length - 7)).map((_, i) => list.slice(i, i + 8).join(" "));
    const reference = new Set(runs(words(archive)));
    expect(reference.size).toBeGreaterThan(1000);
    const copied = sinceTemplates().flatMap((text) => text.split(/\{[a-zA-Z]+\}/).flatMap((piece) => runs(words(piece)).filter((run) => reference.has(run))));
    expect(copied).toEqual([]);
  });
});
