import { describe, expect, it } from "vitest";
import { PART_A_IDS, findQuestion, instrument } from "@/lib/instrument";
import { INDUSTRY_GROUP_NAMES, choosePeerGroup, peerGroupCandidates, type PeerLevel } from "./peer-group";

const SOFTWARE_MID = { industry: "software", companySize: "250-999" };

const choose = (counts: Partial<Record<PeerLevel, number>>, selfCounted = false, minPeers?: number) =>
  choosePeerGroup({ profile: SOFTWARE_MID, counts, selfCounted, minPeers, instrument });

describe("peer group fallback", () => {
  it.each<[string, Partial<Record<PeerLevel, number>>, boolean, PeerLevel, number, string]>([
    ["industry × size when it holds K others", { "industry-size": 10, industry: 50, size: 70, everyone: 900 }, false, "industry-size", 10, "Software and internet companies with 250 to 999 employees"],
    ["industry when industry × size is one short", { "industry-size": 9, industry: 50, size: 70, everyone: 900 }, false, "industry", 50, "Software and internet companies"],
    ["size when industry is short too", { "industry-size": 3, industry: 9, size: 70, everyone: 900 }, false, "size", 70, "Organisations with 250 to 999 employees"],
    ["everyone when nothing narrower is big enough", { "industry-size": 1, industry: 2, size: 9, everyone: 900 }, false, "everyone", 900, "All participants"],
    ["self excluded from N: 10 counted including self is 9 peers", { "industry-size": 10, industry: 11, size: 70, everyone: 900 }, true, "industry", 10, "Software and internet companies"],
    ["self excluded at every level", { "industry-size": 10, industry: 10, size: 10, everyone: 11 }, true, "everyone", 10, "All participants"],
  ])("%s", (_, counts, selfCounted, level, size, label) => {
    expect(choose(counts, selfCounted)).toMatchObject({ level, size, label, meetsMinimum: true });
  });

  it("falls back to everyone, flagged, when even the whole study is below K", () => {
    expect(choose({ everyone: 4 }, true)).toMatchObject({ level: "everyone", size: 3, meetsMinimum: false });
    expect(choose({ everyone: 1 }, true)).toMatchObject({ level: "everyone", size: 0, meetsMinimum: false });
  });

  it("uses the K it is given", () => {
    const counts = { "industry-size": 5, industry: 30, size: 40, everyone: 100 };
    expect(choose(counts, false, 5).level).toBe("industry-size");
    expect(choose(counts, false, 31).level).toBe("size");
    expect(choose(counts).level).toBe("industry");
  });

  it("skips the levels a profile cannot place", () => {
    expect(peerGroupCandidates({ industry: null, companySize: "1-49" }).map((c) => c.level)).toEqual(["size", "everyone"]);
    expect(peerGroupCandidates({ industry: "telecoms" }).map((c) => c.level)).toEqual(["industry", "everyone"]);
    expect(peerGroupCandidates({}).map((c) => c.level)).toEqual(["everyone"]);
    const group = choosePeerGroup({
      profile: { companySize: "1-49" },
      counts: { "industry-size": 500, industry: 500, size: 12, everyone: 900 },
      selfCounted: false,
      instrument,
    });
    expect(group).toMatchObject({ level: "size", label: "Organisations with fewer than 50 employees" });
    expect(group.filter).toEqual({ industry: null, companySize: "1-49" });
  });

  it("has a group name for every industry in the instrument", () => {
    const question = findQuestion(PART_A_IDS.industry, instrument);
    const codes = question?.kind === "choice" ? question.options.map((option) => option.value) : [];
    expect(codes.length).toBeGreaterThan(0);
    expect(Object.keys(INDUSTRY_GROUP_NAMES).sort()).toEqual([...codes].sort());
  });
});
