// The "email me a link to continue" form's one field, checked by its server action (the survey's browser code loads
// no zod: docs/decisions/008b-survey-first-load-js.md; the input's type="email" is the browser's check).
import { z } from "zod";
import { EMAIL_MAX_LENGTH } from "@/lib/instrument/part-a";
import { MESSAGES } from "@/lib/instrument/messages";

export const ResumeMailFormSchema = z.object({
  email: z
    .string({ error: MESSAGES.email })
    .trim()
    .max(EMAIL_MAX_LENGTH, `An email address is at most ${EMAIL_MAX_LENGTH} characters`)
    .pipe(z.email(MESSAGES.email)),
});
