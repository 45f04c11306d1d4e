// The sentences of the order of attack that depend on where the company stands (action-stages.ts): the staging of a
// weak company's actions, the one-at-a-time order of a very small team, and the scaling of a strong company's
// strengths. They follow the money paragraph (action-text.ts leadText) above the actions.
import type { StagedPick } from "./action-stages";
import type { ActionStage } from "./document";

function numbers(positions: readonly number[]): string {
  const list = positions.length < 2 ? `${positions[0]}` : `${positions.slice(0, -1).join(", ")} and ${positions.at(-1)}`;
  return `${positions.length === 1 ? "action" : "actions"} ${list}`;
}

const WHEN: Record<ActionStage, string> = { now: "in the first 30 days", "next-quarter": "next quarter", "quarter-after": "in the quarter after" };

/** The staging paragraph, e.g. "…Start actions 1 and 2 in the first 30 days, take on actions 3 and 4 next quarter…". */
export function stagingText(staged: readonly StagedPick[], why: "many-gaps" | "very-small-team"): string {
  const at = (stage: ActionStage) => staged.flatMap((entry, index) => (entry.stage === stage ? [index + 1] : []));
  const clauses = (["now", "next-quarter", "quarter-after"] as const).flatMap((stage) => (at(stage).length ? [`${numbers(at(stage))} ${WHEN[stage]}`] : []));
  const [first, ...rest] = clauses;
  const order = rest.length ? `Start ${first}, then take on ${rest.join(" and ")}.` : `Start ${first}.`;
  const prerequisites = staged.flatMap((entry, index) => (entry.prerequisite ? [index + 1] : []));
  const one = prerequisites.length === 1;
  const early = prerequisites.length ? ` ${numbers(prerequisites).replace(/^a/, "A")} ${one ? "comes" : "come"} early because other fixes depend on ${one ? "it" : "them"}.` : "";
  const opening =
    why === "many-gaps"
      ? "There are more gaps here than a team can close at once, so the actions are staged rather than run side by side."
      : "With five or fewer sellers you will carry these actions yourself, so they come one after another rather than side by side.";
  return `${opening} ${order}${early} Each plan's 30, 60 and 90 days count from the day its stage starts. The other fixes in the detailed analysis wait until these are in place.`;
}

/** The scaling paragraph for a strong company: what a KEEP asks of it. Null when no action is a KEEP. */
export function scalingText(kinds: readonly string[]): string | null {
  if (!kinds.includes("KEEP")) return null;
  if (kinds.every((kind) => kind === "KEEP")) {
    return "Your results already rest on the practices below, so the work is to scale them rather than keep them up: write each one down so it can be taught, carry it into every team, region and new hire, and protect it as the company grows.";
  }
  return "Where you are already strong, the work is to scale rather than keep it up: each KEEP below makes a practice repeatable in every team, region and new hire, and protects it as the company grows.";
}
