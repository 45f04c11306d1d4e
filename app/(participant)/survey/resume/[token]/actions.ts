"use server";

import { redirect } from "next/navigation";
import { rotateResumeToken } from "@/lib/db/drafts";
import { formStrings, type ActionState } from "@/lib/forms/action-state";
import { errorBody } from "@/lib/http/error-body";
import { writeResumeToken } from "@/lib/survey/resume-cookie";

/**
 * Continues a saved survey in this browser (docs/decisions/016-resume-links.md): the draft gets a new resume token,
 * kept in this browser's cookie, and the link that was used stops working, so whoever else holds it cannot read
 * what is answered from now on. Arguments are typed `unknown`: a server action is a public endpoint.
 */
export async function continueDraftAction(_previous: unknown, form: unknown): Promise<ActionState<never>> {
  const { token } = formStrings(form, ["token"]);
  const rotated = token ? await rotateResumeToken(token) : null;
  if (!rotated) return errorBody("This link has already been used or the survey was submitted. Open the newest link you saved, or start again.");
  await writeResumeToken(rotated.resumeToken);
  redirect("/survey");
}
