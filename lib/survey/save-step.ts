// Sends a checked survey step to the server and says how it went. Loaded with the step check (step-validation.ts) on
// the first edit, not with the page: a step is shown without it, and a save waits for the check anyway (decision 008b).
import type { Answers } from "@/lib/instrument";
import { errorBody, type ErrorBody } from "@/lib/http/error-body";
import type { SaveStepResponse } from "./api";
import { serverErrorsToFieldPaths } from "./server-errors";

export type SaveStepOutcome =
  | { saved: SaveStepResponse }
  | { saved: null; message: string; fields: ReturnType<typeof serverErrorsToFieldPaths> };

export async function saveStep(sectionId: string, questionIds: readonly string[], answers: Answers): Promise<SaveStepOutcome> {
  let response: Response;
  try {
    response = await fetch("/api/survey/steps", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sectionId, answers }),
    });
  } catch {
    return { saved: null, message: "We could not reach the server. Your answers are kept on this device — check your connection and try again.", fields: [] };
  }
  if (response.ok) return { saved: (await response.json()) as SaveStepResponse };
  const body = (await response.json().catch(() => errorBody("The server could not save this step."))) as ErrorBody;
  // A refusal for too many saves (429) keeps the answers too: the step's backup is only cleared once it is saved.
  const message = response.status === 429 ? `${body.error.message} Your answers are kept on this device.` : body.error.message;
  return { saved: null, message, fields: serverErrorsToFieldPaths(body.error.fields, questionIds) };
}
