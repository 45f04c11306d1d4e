// What a leader types to create a team, checked the same way by the landing page's form (in the browser and in its
// server action) and by POST /api/v1/teams (lib/api/team-schemas.ts).
import { z } from "zod";

export const TEAM_NAME_MAX_LENGTH = 80;
export const LEADER_EMAIL_MAX_LENGTH = 254;

export const TeamNameSchema = z
  .string({ error: "Give the team a name" })
  .trim()
  .min(1, "Give the team a name")
  .max(TEAM_NAME_MAX_LENGTH, `Keep the name to ${TEAM_NAME_MAX_LENGTH} characters`);

export const LeaderEmailSchema = z
  .string()
  .trim()
  .max(LEADER_EMAIL_MAX_LENGTH, `Keep the address to ${LEADER_EMAIL_MAX_LENGTH} characters`)
  .pipe(z.email("Enter an email address like name@example.com, or leave it empty"));

/** The form's fields as posted: an empty address means none. */
export const CreateTeamFormSchema = z.object({
  name: TeamNameSchema,
  leaderEmail: z.union([z.literal("").transform(() => undefined), LeaderEmailSchema]).optional(),
});
export type CreateTeamFormValues = z.input<typeof CreateTeamFormSchema>;
