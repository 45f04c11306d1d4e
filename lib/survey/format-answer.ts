// How an answer reads on the review step.
import type { AnswerValue, Question } from "@/lib/instrument";

const UNITS: Record<string, string> = { opportunities: "opportunities", deals: "deals", days: "days", percent: "%", currency: "" };

export function formatAnswer(question: Question, given: AnswerValue | undefined): string | null {
  // An unanswered box with a default reads as that default (the pool choice starts ticked).
  const value = given === undefined && question.kind === "consent" ? question.default : given;
  if (value === undefined || value === null || value === "") return null;
  switch (question.kind) {
    case "choice":
      return question.options.find((option) => option.value === value)?.label ?? String(value);
    case "number": {
      const unit = UNITS[question.unit] ?? "";
      const text = Number(value).toLocaleString("en-US");
      return unit === "%" ? `${text}%` : unit ? `${text} ${unit}` : text;
    }
    case "consent":
      return value === true ? "Yes" : "No";
    case "pipeline": {
      if (typeof value !== "object") return null;
      const stages = value.stages.map((stage) => stage.name).join(" → ");
      return `${value.stages.length} stages (${stages}); ${question.targetLabel.toLowerCase()}: ${value.target.toLocaleString("en-US")}`;
    }
    default:
      return String(value);
  }
}
