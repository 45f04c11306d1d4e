// Creates a completed response through the survey API, as a participant's browser would, in its own cookie jar.
import { expect, request as playwrightRequest } from "@playwright/test";
import { buildAnswers, sliceAnswers } from "../../tests/support/answer-fixtures";
import { PART_A_IDS, instrument } from "../../lib/instrument";

export async function submitConsentedResponse(baseURL: string, companyName: string): Promise<{ reportUrl: string }> {
  const context = await playwrightRequest.newContext({ baseURL });
  try {
    const answers = {
      ...buildAnswers("middle"),
      [PART_A_IDS.consent]: true,
      [PART_A_IDS.name]: "E2E Participant",
      [PART_A_IDS.email]: `${companyName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}@example.com`,
      [PART_A_IDS.companyName]: companyName,
    };
    for (const section of instrument.sections) {
      const slice = sliceAnswers(answers, section.questions.map((question) => question.id));
      const saved = await context.put("/api/survey/steps", { data: { sectionId: section.id, answers: slice } });
      expect(saved.status(), `saving ${section.id}: ${await saved.text()}`).toBe(200);
    }
    const submitted = await context.post("/api/survey/submit", { data: {} });
    expect(submitted.status(), await submitted.text()).toBe(200);
    return (await submitted.json()) as { reportUrl: string };
  } finally {
    await context.dispose();
  }
}
