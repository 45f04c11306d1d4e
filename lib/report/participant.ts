// Who the report is for, as the report may print it: only what the participant gave with consent to store it.
import { PART_A_IDS, type Answers } from "@/lib/instrument";
import type { ReportParticipant } from "./document";

export function participantOf(answers: Answers): ReportParticipant | undefined {
  if (answers[PART_A_IDS.consent] !== true) return undefined;
  const company = answers[PART_A_IDS.companyName];
  return typeof company === "string" && company.trim() !== "" ? { company: company.trim() } : undefined;
}
