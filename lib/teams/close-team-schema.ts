// Closing a team is final (its invite link then starts nothing): the leader ticks a box to say so.
import { z } from "zod";

export const CloseTeamFormSchema = z.object({
  confirm: z.literal("yes", { error: "Tick the box to confirm that the team takes no more answers" }),
});
export type CloseTeamFormValues = z.input<typeof CloseTeamFormSchema>;
