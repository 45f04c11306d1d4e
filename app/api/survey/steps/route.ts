// Autosave: stores one completed step of the survey in the participant's draft (creating the
// draft and its private resume cookie on the first step). Bad input gets a 4xx with field
// messages and writes nothing. Saves, and drafts created, are limited per client (lib/http/rate-limits.ts).
import { NextResponse } from "next/server";
import { findSection, instrument, sectionAnswersSchema } from "@/lib/instrument";
import { createDraft, findDraft, saveDraftStep } from "@/lib/db/drafts";
import { readJson, withJsonErrors } from "@/lib/http/json";
import { fieldErrorsOf } from "@/lib/http/error-body";
import { jsonError } from "@/lib/http/json-error";
import { limitJsonRequest } from "@/lib/http/rate-limits";
import { MAX_REQUEST_BYTES, SaveStepRequestSchema, resumePath, type SaveStepResponse } from "@/lib/survey/api";
import { readResumeToken, writeResumeToken } from "@/lib/survey/resume-cookie";
import { teamStepAnswers } from "@/lib/team-mode/team-survey";

export const dynamic = "force-dynamic";

export const PUT = withJsonErrors(async (request: Request) => {
  const limited = await limitJsonRequest(request, "stepSave");
  if (limited) return limited;
  const read = await readJson(request, MAX_REQUEST_BYTES);
  if (!read.ok) return read.response;
  const parsed = SaveStepRequestSchema.safeParse(read.body);
  if (!parsed.success) return jsonError(400, "Send { sectionId, answers }.", { fields: fieldErrorsOf(parsed.error.issues) });

  const section = findSection(parsed.data.sectionId);
  if (!section) return jsonError(404, `There is no survey step "${parsed.data.sectionId}".`);
  const answers = sectionAnswersSchema(section).safeParse(parsed.data.answers);
  if (!answers.success) {
    return jsonError(422, "Some answers need another look.", { fields: fieldErrorsOf(answers.error.issues) });
  }

  let token = await readResumeToken();
  if (!token || !(await findDraft(token))) {
    // Only a save that would start a new draft counts here: a cookie-less script cannot fill the table.
    const tooMany = await limitJsonRequest(request, "draft");
    if (tooMany) return tooMany;
    token = (await createDraft()).resumeToken;
    await writeResumeToken(token);
  }
  const nextStep = instrument.sections.indexOf(section) + 1;
  const saved = await saveDraftStep(token, section, await teamStepAnswers(token, section, answers.data), nextStep);
  if (saved === "completed") return jsonError(409, "This response has already been submitted; start a new one from the home page.");
  if (saved === "not-found") return jsonError(404, "Your saved answers could not be found; please reload the page.");

  const body: SaveStepResponse = { saved: true, nextStep, resumeUrl: resumePath(token) };
  return NextResponse.json(body, { headers: { "cache-control": "no-store" } });
});
