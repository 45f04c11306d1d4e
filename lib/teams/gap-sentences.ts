// One sentence per perception gap, for the leader reading the dashboard: what each side answered, in the survey's own
// option labels (a median between two options says so).
import type { ChoiceQuestion, Section } from "@/lib/instrument";
import type { GapComparison } from "./perception-gaps";

interface GapFigures {
  comparison: GapComparison;
  leader: number;
  members: number;
  difference: number;
}

/** The label at a place on the scale; a median halfway between two places names both. */
export function positionLabel(question: ChoiceQuestion, position: number): string {
  const label = (place: number) => `“${question.options[place - 1]!.label}”`;
  return Number.isInteger(position) ? label(position) : `between ${label(Math.floor(position))} and ${label(Math.ceil(position))}`;
}

function direction(figures: GapFigures): string {
  if (figures.difference === 0) return "";
  if (figures.comparison === "leader-members") {
    return figures.difference > 0 ? " You see it more favourably than your team does." : " Your team sees it more favourably than you do.";
  }
  return figures.difference > 0 ? " Your managers see it more favourably than your sellers do." : " Your sellers see it more favourably than your managers do.";
}

export function gapSentence(figures: GapFigures, section: Section, question: ChoiceQuestion | null): string {
  const leads = figures.comparison === "leader-members";
  if (!question) {
    const [first, second] = leads
      ? [`you score it ${figures.leader} out of 100`, `your team's median is ${figures.members}`]
      : [`your managers' median score is ${figures.leader} out of 100`, `your sellers' is ${figures.members}`];
    return `${section.title}: ${first}; ${second}.${direction(figures)}`;
  }
  const [first, second] = leads
    ? [`you answered ${positionLabel(question, figures.leader)}`, `your team's median answer is ${positionLabel(question, figures.members)}`]
    : [`your managers' median answer is ${positionLabel(question, figures.leader)}`, `your sellers' is ${positionLabel(question, figures.members)}`];
  return `“${question.label}” ${capitalise(first)}; ${second}.${direction(figures)}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
