// Surveys submitted and taken again through the workflows themselves (lib/db drafts, lib/responses submit and
// retake), for the retake tests (docs/decisions/027-retake.md).
import { instrument, type Answers } from "@/lib/instrument";
import { db } from "@/lib/db/client";
import { createDraft, findDraft, saveDraftStep } from "@/lib/db/drafts";
import { completeDraft } from "@/lib/responses/submit";

export interface Submitted {
  responseId: string;
  reportToken: string;
}

/** Saves `answers` step by step into the draft of `resumeToken` (every step, even one left empty), as the form does. */
export async function saveAll(resumeToken: string, answers: Answers): Promise<void> {
  for (const [index, section] of instrument.sections.entries()) {
    const slice = Object.fromEntries(section.questions.filter((q) => q.id in answers).map((q) => [q.id, answers[q.id]!]));
    if ((await saveDraftStep(resumeToken, section, slice, index + 1)) !== "saved") throw new Error(`step ${section.id} not saved`);
  }
}

/** Completes the draft of `resumeToken` at `now`. */
export async function submit(resumeToken: string, now: Date): Promise<Submitted> {
  const draft = await findDraft(resumeToken);
  const outcome = await completeDraft(resumeToken, now);
  if (outcome.status !== "completed" || !draft) throw new Error(`not completed: ${JSON.stringify(outcome)}`);
  return { responseId: draft.id, reportToken: outcome.reportToken };
}

/** A first survey with `answers`, submitted in the browser at `now`. */
export async function submitFirst(answers: Answers, now: Date): Promise<Submitted> {
  const { resumeToken } = await createDraft();
  await saveAll(resumeToken, answers);
  return submit(resumeToken, now);
}

/** How many responses (drafts and completed) the database holds: a refused request must not change it. */
export const countResponses = () => db().response.count();
