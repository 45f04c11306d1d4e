// GET /api/v1/reports/{token}'s examples (docs/decisions/027-retake.md), made by the code that answers: the sample
// report's participant as a first report, and the same participant taking the survey again a year after a weaker
// first go, with that first report listed under `earlier`. Part of openapi-examples.ts; deterministic like it.
import "server-only";
import { sectionsOfPart, type Answers } from "@/lib/instrument";
import type { SampleReport } from "@/lib/demo/sample-report";
import { syntheticPeerCounts } from "@/lib/demo/synthetic-peers";
import { comparePeers } from "@/lib/responses/peer-comparison";
import { ownScore, reportFor, type PeerSource } from "@/lib/responses/report-for";
import { earlierReportPath } from "@/lib/survey/api";
import { earlierReportSummary, type ReportAnswer } from "./report-answer";

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** The sample participant's answers a year before: every Part C practice one option weaker where it can be. */
function weakerAnswers(answers: Answers): Answers {
  const earlier = { ...answers };
  for (const question of sectionsOfPart("C").flatMap((section) => section.questions)) {
    if (question.kind !== "choice") continue;
    const at = question.options.findIndex((option) => option.value === answers[question.id]);
    if (at > 0) earlier[question.id] = question.options[at - 1]!.value;
  }
  return earlier;
}

/** `site` + the path of `token`'s first earlier report is the `url` the example lists. */
export async function reportAnswerExamples(sample: SampleReport, rules: { minPeers: number; anonymityThreshold: number }, site: string, token: string) {
  const counts = syntheticPeerCounts(sample.population);
  const peers: PeerSource = (own) => comparePeers(counts, ownScore(own), { stored: false, ...rules });
  const completedAt = new Date(sample.createdAt.getTime() - YEAR_MS);
  const { document: first } = await reportFor(weakerAnswers(sample.answers), peers, { completedAt: completedAt.toISOString() });
  const earlier = [{ completedAt: completedAt.toISOString(), document: first }];
  const { document: retaken } = await reportFor(sample.answers, peers, { earlier, completedAt: sample.createdAt.toISOString() });
  const firstReport: ReportAnswer = { ...sample.document, earlier: [] };
  const retake: ReportAnswer = { ...retaken, earlier: [earlierReportSummary({ completedAt, document: first }, `${site}${earlierReportPath(token, 1)}`)] };
  return { firstReport, retake };
}
