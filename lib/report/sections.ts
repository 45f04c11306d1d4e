// Detailed analysis and personal sections: one paragraph per answered question, matched to the answer.
import type { Answers, Instrument, Section } from "@/lib/instrument";
import type { PeerSnapshot, ScoreResult } from "@/lib/scoring";
import type { SectionReport } from "./document";
import { narrativeFor } from "./narratives";
import { renderTemplate, type Figures } from "./render-template";
import { withScore } from "./figures";

export function sectionReport(section: Section, answers: Answers, score: ScoreResult, peers: PeerSnapshot | null, base: Figures): SectionReport {
  const own = score.sectionScores.find((s) => s.sectionId === section.id)?.score ?? null;
  const peerMedian = peers?.sectionMedians?.[section.id] ?? null;
  const figures = withScore(base, own, peerMedian);
  const paragraphs = section.questions.flatMap((question) => {
    if (question.kind !== "choice") return [];
    const code = answers[question.id];
    const option = question.options.find((o) => o.value === code);
    const template = option ? narrativeFor(question.id)?.byAnswer[option.value] : undefined;
    if (!option || !template) return [];
    return [{ questionId: question.id, question: question.label, answer: option.label, key: `${question.id}:${option.value}`, text: renderTemplate(template, figures) }];
  });
  return { sectionId: section.id, title: section.title, score: own, peerMedian, paragraphs };
}

export function sectionsOf(part: "C" | "D", source: Instrument, answers: Answers, score: ScoreResult, peers: PeerSnapshot | null, base: Figures) {
  return source.sections.filter((s) => s.part === part).map((section) => sectionReport(section, answers, score, peers, base));
}
