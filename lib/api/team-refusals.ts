// The team API's refusals that are not a zod failure, built once: the routes answer with them and the OpenAPI examples
// show them (lib/api/team-openapi-examples.ts).
import { jsonError } from "@/lib/http/json-error";

export const TEAM_BODY_UNUSABLE = "Send { name } (and optionally leaderEmail).";
export const TEAM_NOT_USABLE = "The team in this submission cannot take responses; nothing was stored.";

export const teamNotFound = () => jsonError(404, "There is no team dashboard with this token.");
export const teamUnusable = (message: string) => jsonError(422, TEAM_NOT_USABLE, { fields: { team: message } });
