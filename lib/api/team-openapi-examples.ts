/**
 * The team API's OpenAPI examples (issue 16), made by the code that answers the requests, like openapi-examples.ts: a
 * team whose leader is the sample report's participant and whose members are responses of the sample's synthetic
 * population in the same industry, figured by lib/teams and compared with that population's counts.
 *
 *   teamApiExamples(sample): Promise<ApiExamples>   createTeam and getTeamDashboard
 *   teamSubmitRefusals(): Promise<Examples>          the submission's 422 for an unknown team
 */
import "server-only";
import { createHash } from "node:crypto";
import { PART_A_IDS, type Answers } from "@/lib/instrument";
import type { SampleReport } from "@/lib/demo/sample-report";
import { syntheticPeerCounts } from "@/lib/demo/synthetic-peers";
import { hardNumbersOf, indicesOf } from "@/lib/db/score-columns";
import { tokenFromSecret } from "@/lib/db/tokens";
import { parseEnv } from "@/lib/env";
import { jsonError } from "@/lib/http/json-error";
import { refusalMessage } from "@/lib/http/rate-limits";
import { responseColumns } from "@/lib/responses/response-columns";
import { scoreRow } from "@/lib/responses/score-row";
import { dashboardOf } from "@/lib/team-mode/team-dashboard";
import { TEAM_CLOSED, TEAM_UNKNOWN } from "@/lib/team-mode/team-survey";
import { teamFigures, type TeamResponseFigures } from "@/lib/teams/team-figures";
import { profileFromAnswers } from "@/lib/teams/team-profile";
import { validationError } from "./errors";
import * as refusals from "./refusals";
import { TEAM_BODY_UNUSABLE, teamNotFound, teamUnusable } from "./team-refusals";
import { CreateTeamRequestSchema, type CreateTeamRequest, type CreateTeamResult } from "./team-schemas";
import type { ApiExamples, Example, Examples } from "./openapi-examples";

const SETTINGS = parseEnv({});
const SITE = "https://dealmaker-index.example";
const RETRY_AFTER = 42;
const TEAM_ID = "5f0c2a4e-8d1b-4c3a-9e7f-2b6d8a1c4e90";
const INVITE_CODE = "k7mq2xwp9hds";
const DASHBOARD_TOKEN = tokenFromSecret("openapi team example", "openapi-example-salt");
const TEAM_NAME = "EMEA field sales";

const example = (summary: string, value: unknown): Example => ({ summary, value });
const errorExample = async (summary: string, response: Response) => example(summary, await response.json());

function refused(status: 400 | 422, message: string, value: unknown) {
  const parsed = CreateTeamRequestSchema.safeParse(value);
  if (parsed.success) throw new Error(`The example's wrong input passed: ${JSON.stringify(value)}`);
  return validationError(status, message, parsed.error.issues);
}

/** A response as the dashboard reads it. */
function figuresOf(answers: Answers): TeamResponseFigures {
  const { columns } = scoreRow(answers, responseColumns(answers));
  return { role: (answers[PART_A_IDS.role] as string | undefined) ?? null, indices: indicesOf(columns), hardNumbers: hardNumbersOf(columns), sectionScores: columns.sectionScores, answers };
}

async function dashboardExample(sample: SampleReport, memberCount: number) {
  const profile = profileFromAnswers(sample.answers);
  // The same industry's responses, in a stable order (by a hash of their answers), as the team's members.
  const members = sample.population
    .filter((response) => response.answers[PART_A_IDS.industry] === profile.industry)
    .map((response) => ({ answers: response.answers, key: createHash("sha256").update(JSON.stringify(response.answers)).digest("hex") }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .slice(0, memberCount)
    .map((response) => figuresOf(response.answers));
  const figures = teamFigures({ minimum: SETTINGS.TEAM_MIN_MEMBERS, started: memberCount + 1, members, leader: figuresOf(sample.answers) });
  return dashboardOf({ team: { name: TEAM_NAME, closedAt: null, ...profile }, figures, leaderCompleted: true, counts: syntheticPeerCounts(sample.population) });
}

export async function teamApiExamples(sample: SampleReport): Promise<ApiExamples> {
  const request: CreateTeamRequest = { name: TEAM_NAME, leaderEmail: "ana.pereira@example.com" };
  const result: CreateTeamResult = {
    teamId: TEAM_ID,
    inviteCode: INVITE_CODE,
    inviteUrl: `${SITE}/join/${INVITE_CODE}`,
    dashboardUrl: `${SITE}/t/${DASHBOARD_TOKEN}`,
  };
  const points = SETTINGS.TEAM_RATE_LIMIT_PER_HOUR;
  const shown = 8;
  return {
    createTeam: {
      requestBody: {
        withEmail: example("A team whose leader gets both links by mail", request),
        nameOnly: example("A team without an address: the answer is the only place the dashboard link is given", { name: TEAM_NAME }),
      },
      responses: {
        "201": { created: example("The team's invite code and its two private links", result) },
        "400": { wrongShape: await errorExample("A field the API does not know", refused(400, TEAM_BODY_UNUSABLE, { name: TEAM_NAME, members: 12 })) },
        "415": { notJson: await errorExample("Sent as a form", jsonError(415, "Send the body as JSON with Content-Type: application/json.")) },
        "422": {
          invalid: await errorExample("An empty name and an address without a domain", refused(422, "Check the team's name and the address.", { name: " ", leaderEmail: "ana@" })),
        },
        "429": {
          limited: await errorExample(
            `Over ${points} new teams an hour from one client`,
            jsonError(429, refusalMessage("team", points, RETRY_AFTER), { headers: { "retry-after": String(RETRY_AFTER) } }),
          ),
        },
        "500": { failed: await errorExample("Anything unexpected", refusals.serverFailure()) },
      },
    },
    getTeamDashboard: {
      parameters: { dashboardToken: DASHBOARD_TOKEN },
      responses: {
        "200": {
          shown: example(`${shown} members completed, the leader too: medians, quartiles (from twice the minimum), bands and gaps`, await dashboardExample(sample, shown)),
          suppressed: example(`2 members completed, fewer than the minimum of ${SETTINGS.TEAM_MIN_MEMBERS}: nothing drawn from their answers`, await dashboardExample(sample, 2)),
        },
        "404": { unknown: await errorExample("A token no team has", teamNotFound()) },
        "500": { failed: await errorExample("Anything unexpected", refusals.serverFailure()) },
      },
    },
  };
}

export async function teamSubmitRefusals(): Promise<Examples> {
  return {
    unknownTeam: await errorExample("A team invite code no team has", teamUnusable(TEAM_UNKNOWN)),
    closedTeam: await errorExample("The invite code of a team its leader closed", teamUnusable(TEAM_CLOSED)),
  };
}
