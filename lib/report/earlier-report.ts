// An earlier report of the same participant, as the report builder receives it (oldest first).
import type { ReportDocument } from "./document";

export type EarlierReport = { completedAt: string; document: ReportDocument };
