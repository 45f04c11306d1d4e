// Score result + answers + peer snapshot → the report document (pure; see document.ts).
import { PART_A_IDS, findQuestion, instrument as currentInstrument, type Answers, type Instrument } from "@/lib/instrument";
import { analyseSales, salesNumbers, type PeerSnapshot, type ScoreResult, type SalesAnalysis, type Band } from "@/lib/scoring";
import { FACTORS } from "@/lib/sales-velocity-factors";
import { firstActions, linkActions } from "./action-report";
import { REPORT_VERSION, type IndexReport, type ReportDocument, type SalesNumbersReport } from "./document";
import type { EarlierReport } from "./earlier-report";
import { baseFigures, withScore } from "./figures";
import { startNarration, renderParagraph, type Narration } from "./narration";
import { indexNarrative, NARRATIVE_VERSION } from "./narratives";
import { participantOf } from "./participant";
import { peerNumbersReport, type PeerNumbersReport } from "./peer-numbers";
import { pipelineReport } from "./pipeline-report";
import { observeText, renderTemplate, type Figures, type SectionMemory } from "./render-template";
import { salesReport } from "./sales-report";
import { sectionsOf } from "./sections";
import { sinceLastTime } from "./since-last-time";

export type BuildReportInput = {
  answers: Answers;
  score: ScoreResult;
  peers: PeerSnapshot | null;
  source?: Instrument;
  earlier?: EarlierReport[];
  completedAt?: string;
};

const bandRef = (band: Band | null) => (band ? { name: band.name, description: band.description } : null);

function profileLabels(answers: Answers, source: Instrument): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, id] of Object.entries(PART_A_IDS)) {
    const question = findQuestion(id, source);
    if (question?.kind !== "choice") continue;
    const label = question.options.find((o) => o.value === answers[id])?.label;
    if (label) labels[key] = label;
  }
  return labels;
}

type Voice = { narration: Narration; memory: SectionMemory };

function bandParagraph(index: Parameters<typeof indexNarrative>[0], band: string | undefined, figures: Figures, voice: Voice) {
  const planned = band ? voice.narration.forBand(index, band, figures) : null;
  return planned ? [{ key: planned.key, text: renderParagraph(planned, voice.memory) }] : [];
}

function indexReports(score: ScoreResult, peers: PeerSnapshot | null, base: Figures, voice: Voice): IndexReport[] {
  return FACTORS.map(({ key, name }) => {
    const own = score.indices[key].score;
    const peerMedian = peers?.medians[key] ?? null;
    const potential = score.revenuePotential[key]?.name ?? null;
    const figures = withScore(base, own, peerMedian);
    return {
      key,
      name,
      score: own,
      peerMedian,
      peerTopQuartile: peers?.topQuartiles?.[key] ?? null,
      potential,
      explains: renderTemplate(indexNarrative(key)?.explains ?? "", figures, voice.memory),
      paragraphs: bandParagraph(key, potential ?? undefined, figures, voice),
    };
  });
}

/** Sales paragraphs whose every figure a peer-comparison sentence already gives (with its peers) are left out. */
const SAID_BY_PEER_ROWS: Record<string, readonly string[]> = {
  "sales:win-rates": ["unitWinRate", "valueWinRate"],
  "sales:quota": ["quotaAttainment", "sellersAtQuota"],
};

function withoutPeerRepeats(sales: SalesNumbersReport, peerNumbers: PeerNumbersReport | undefined): SalesNumbersReport {
  const compared = new Set<string>(peerNumbers?.rows.filter((row) => row.own !== null).map((row) => row.metric) ?? []);
  const repeats = (key: string) => SAID_BY_PEER_ROWS[key]?.every((metric) => compared.has(metric)) ?? false;
  return { ...sales, paragraphs: sales.paragraphs.filter((paragraph) => !repeats(paragraph.key)) };
}

/** The report; given earlier reports of the same participant (oldest first), with its "Since last time" part. */
export function buildReport({ earlier = [], completedAt, ...input }: BuildReportInput): ReportDocument {
  const document = reportOf(input);
  const since = sinceLastTime(document, earlier, completedAt);
  return since ? { ...document, sinceLastTime: since } : document;
}

function reportOf({ answers, score, peers, source = currentInstrument }: BuildReportInput): ReportDocument {
  const sales: SalesAnalysis = analyseSales(salesNumbers(answers));
  const participant = participantOf(answers);
  const base = baseFigures(score, peers, sales, participant?.company);
  const overallFigures = withScore(base, score.overall, peers?.medians.overall ?? null, peers?.overall ?? null);
  const personalScore = score.indices.personal.score;
  const personalFigures = withScore(base, personalScore, peers?.medians.personal ?? null, peers?.personal ?? null);
  const narration = startNarration({ answers, sales, peers });
  const actions = firstActions({ answers, score, peers, source, sales });
  // The executive summary is one section: the sales numbers and the peer comparison give their figures first, the
  // rest does not repeat them.
  const peerNumbers = peerNumbersReport(sales, peers);
  const salesPart = withoutPeerRepeats(salesReport(sales, base), peerNumbers);
  const executive: Voice = { narration, memory: narration.newSection() };
  for (const text of [...salesPart.paragraphs.map((p) => p.text), ...(peerNumbers?.rows.map((row) => row.text) ?? [])]) {
    observeText(text, base, executive.memory);
  }
  const personal: Voice = { narration, memory: narration.newSection() };
  return {
    kind: "report",
    versions: { report: REPORT_VERSION, narrative: NARRATIVE_VERSION, scoring: score.scoringVersion, instrument: score.instrumentVersion },
    profile: profileLabels(answers, source),
    peerGroup: peers ? { label: peers.group.label, size: peers.group.size, meetsMinimum: peers.group.meetsMinimum } : null,
    summary: {
      overall: {
        score: score.overall,
        category: bandRef(score.companyCategory),
        relative: peers?.overall ?? null,
        peerMedian: peers?.medians.overall ?? null,
        peerTopQuartile: peers?.topQuartiles?.overall ?? null,
      },
      personal: {
        score: personalScore,
        category: bandRef(score.personalCategory),
        relative: peers?.personal ?? null,
        peerMedian: peers?.medians.personal ?? null,
        peerTopQuartile: peers?.topQuartiles?.personal ?? null,
      },
    },
    executive: {
      overall: [
        ...(indexNarrative("overall")?.explains
          ? [{ key: "overall:explains", text: renderTemplate(indexNarrative("overall")!.explains, overallFigures, executive.memory) }]
          : []),
        ...bandParagraph("overall", score.companyCategory?.name, overallFigures, executive),
      ],
      indices: indexReports(score, peers, base, executive),
      sales: salesPart,
      actions: actions.actions,
      actionsLead: actions.lead,
      peerNumbers,
    },
    detailed: linkActions(sectionsOf("C", source, answers, score, peers, base, narration), actions.refs),
    personal: {
      paragraphs: bandParagraph("personal", score.personalCategory?.name, personalFigures, personal),
      sections: sectionsOf("D", source, answers, score, peers, base, narration),
    },
    pipeline: pipelineReport(sales),
    perceptionGaps: narration.gaps(),
    tensions: narration.tensions(),
    participant,
  };
}
