import type { SectionReport } from "@/lib/report/document";
import { isAnswerTension } from "@/lib/report/agreements";
import { isPerceptionGap } from "@/lib/report/perception-gap-notes";

export function standing(score: number | null, median: number | null): string | null {
  if (score === null || median === null) return null;
  if (score > median) return `above the peer median of ${median}%`;
  if (score < median) return `below the peer median of ${median}%`;
  return `level with the peer median of ${median}%`;
}

export function SectionBlock({ section }: { section: SectionReport }) {
  const versus = standing(section.score, section.peerMedian);
  return (
    <section aria-labelledby={`${section.sectionId}-h`} className="space-y-3 print:break-inside-avoid">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${section.sectionId}-h`} className="text-lg font-semibold">
          {section.title}
        </h3>
        {section.score !== null && (
          <p className="text-sm text-muted">
            Section score <strong className="text-ink">{section.score}%</strong>
            {versus ? `, ${versus}` : ""}
          </p>
        )}
      </div>
      {section.paragraphs.map((paragraph) => (
        <div
          key={paragraph.key}
          className={`border-l-4 pl-4 ${isPerceptionGap(paragraph.key) || isAnswerTension(paragraph.key) ? "border-change" : "border-brand-soft"}`}
        >
          <p className="text-sm text-muted">
            {paragraph.question} <span className="font-medium text-ink">— {paragraph.answer}</span>
          </p>
          {isPerceptionGap(paragraph.key) && <p className="text-sm font-semibold text-change">Perception gap: your answer and your figures disagree</p>}
          {isAnswerTension(paragraph.key) && <p className="text-sm font-semibold text-change">Two of your answers disagree</p>}
          <p>{paragraph.text}</p>
          {paragraph.actionRef && (
            <p className="mt-1 text-sm">
              <a href={`#${paragraph.actionRef.anchor}`} className="text-brand-strong underline">
                What to do: first action {paragraph.actionRef.number}, “{paragraph.actionRef.title}”
              </a>
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
