// Detailed analysis and personal sections: one paragraph per answered question, matched to the answer (or replaced
// by the perception gap or variant that fits the participant, see narration.ts).
import type { Answers, Instrument, Section } from "@/lib/instrument";
import type { PeerSnapshot, ScoreResult } from "@/lib/scoring";
import type { SectionReport } from "./document";
import { withScore } from "./figures";
import { renderParagraph, type Narration } from "./narration";
import type { Figures } from "./render-template";

export function sectionReport(
  section: Section,
  answers: Answers,
  score: ScoreResult,
  peers: PeerSnapshot | null,
  base: Figures,
  narration: Narration,
): SectionReport {
  const own = score.sectionScores.find((s) => s.sectionId === section.id)?.score ?? null;
  const peerMedian = peers?.sectionMedians?.[section.id] ?? null;
  const figures = withScore(base, own, peerMedian);
  const answered = section.questions.flatMap((question) => {
    if (question.kind !== "choice") return [];
    const option = question.options.find((o) => o.value === answers[question.id]);
    const planned = option ? narration.forAnswer(question.id, option.value, figures) : null;
    return option && planned ? [{ question, option, planned }] : [];
  });
  const memory = narration.newSection();
  const paragraphs = answered.map(({ question, option, planned }) => ({
    questionId: question.id,
    question: question.label,
    answer: option.label,
    key: planned.key,
    text: renderParagraph(planned, memory),
  }));
  return { sectionId: section.id, title: section.title, score: own, peerMedian, paragraphs };
}

export function sectionsOf(
  part: "C" | "D",
  source: Instrument,
  answers: Answers,
  score: ScoreResult,
  peers: PeerSnapshot | null,
  base: Figures,
  narration: Narration,
) {
  return source.sections
    .filter((s) => s.part === part)
    .map((section) => sectionReport(section, answers, score, peers, base, narration));
}
