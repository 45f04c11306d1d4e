// The methodology page's re-score and regenerate (lib/responses/methodology-job.ts), run by a worker.
import "server-only";
import { runRescoreJob } from "@/lib/responses/methodology-job";
import { jobHandler, RESCORE_AND_REGENERATE } from "../kinds";

export const rescoreAndRegenerateHandler = jobHandler(RESCORE_AND_REGENERATE, ({ adminJobId }) => runRescoreJob(adminJobId));
