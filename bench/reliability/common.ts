// Shared by the reliability checks: valid payloads, the stored rows behind an Idempotency-Key, small HTTP helpers.
import { createHash, randomUUID } from "node:crypto";
import { demoResponse } from "../../lib/demo/demo-responses";
import { seededRandom } from "../../lib/demo/random";
import { INSTRUMENT_VERSION, instrument } from "../../lib/instrument";
import { buildAnswers, sliceAnswers } from "../../tests/support/answer-fixtures";
import { RESUME_COOKIE } from "../../lib/survey/api";

export { INSTRUMENT_VERSION, RESUME_COOKIE, instrument };

/** A complete, valid API submission body, different for each seed. */
export function validSubmission(seed: number) {
  return { instrumentVersion: INSTRUMENT_VERSION, answers: { ...buildAnswers("middle"), ...demoResponse(seededRandom(seed), new Date()).answers } };
}

/** Each survey step's valid answers (the browser path's PUT /api/survey/steps bodies), in order. */
export function validSteps(seed = 1) {
  const answers = validSubmission(seed).answers;
  return instrument.sections.map((section) => ({
    sectionId: section.id,
    answers: sliceAnswers(answers, section.questions.map((question) => question.id)),
  }));
}

export const newKey = () => randomUUID();
export const submitKeyColumn = (key: string) => `api:${createHash("sha256").update(key).digest("hex")}`;

export type Failure = string;

export function check(failures: Failure[], ok: boolean, message: string) {
  if (!ok) failures.push(message);
}

/** Runs `tasks` with at most `concurrency` in flight. */
export async function pool<T>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await task(items[index]!, index);
      }
    }),
  );
}

export function cookieFrom(response: Response, name: string): string | undefined {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const [key, ...value] = pair!.split("=");
    if (key!.trim() === name) return value.join("=");
  }
  return undefined;
}
