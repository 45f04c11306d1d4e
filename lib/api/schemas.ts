// The public API's request and response shapes (issue 7's contract). Route handlers validate with them and the
// OpenAPI document (lib/api/openapi.ts) is generated from them, so the two cannot drift apart.
import "zod-openapi";
import { z } from "zod";
import { INSTRUMENT_VERSION, NUMBER_UNITS, PART_IDS } from "@/lib/instrument";
import { PeerNumbersReportSchema } from "@/lib/report/peer-numbers";
import { TeamInviteCodeSchema } from "./team-schemas";

/** Far above any honest response (every question answered, a 12-stage pipeline is ~10 kB). */
export const MAX_SUBMIT_BYTES = 64 * 1024;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

const Percent = z.int().min(0).max(100);
const PercentOrNull = Percent.nullable();

export const ApiErrorSchema = z
  .strictObject({
    error: z.strictObject({
      message: z.string().meta({ description: "A sentence a person can act on." }),
      fields: z.record(z.string(), z.string()).meta({
        description: "One message per offending field, keyed by question id (or request field path); empty when the error is not about a field.",
      }),
      currentVersion: z.string().optional().meta({ description: "409 only: the instrument version the API accepts." }),
    }),
  })
  .meta({ id: "Error", description: "Every error the API returns, whatever its status." });
export type ApiError = z.infer<typeof ApiErrorSchema>;

const OptionDocSchema = z.strictObject({ value: z.string(), label: z.string() });

export const InstrumentQuestionSchema = z
  .strictObject({
    id: z.string().meta({ example: "c.process.mapped-to-buyer" }),
    kind: z.enum(["choice", "number", "text", "consent", "pipeline"]),
    prompt: z.string(),
    help: z.string(),
    required: z.boolean(),
    options: z.array(OptionDocSchema).optional().meta({ description: "choice: the allowed `value` codes, weakest first." }),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: z.enum(NUMBER_UNITS).optional(),
    integer: z.boolean().optional(),
    maxLength: z.int().optional().meta({ description: "text: the longest answer accepted." }),
    format: z.enum(["plain", "email"]).optional(),
    minStages: z.int().optional(),
    maxStages: z.int().optional(),
    targetPrompt: z.string().optional().meta({ description: "pipeline: the prompt for `target`, naming the period it is for (next quarter)." }),
    default: z.boolean().optional().meta({ description: "consent: what an answer left out means (the benchmark-pool choice: true). Without it, false." }),
  })
  .meta({ id: "InstrumentQuestion" });

export const InstrumentDocumentSchema = z
  .strictObject({
    version: z.string().meta({ description: "Send it back as `instrumentVersion` when submitting.", example: INSTRUMENT_VERSION }),
    sections: z.array(
      z.strictObject({
        id: z.string(),
        part: z.enum(PART_IDS),
        title: z.string(),
        intro: z.string(),
        questions: z.array(InstrumentQuestionSchema),
      }),
    ),
  })
  .meta({ id: "Instrument" });
export type InstrumentDocument = z.infer<typeof InstrumentDocumentSchema>;

export const ParticipantSchema = z
  .strictObject({
    consent: z.boolean().meta({ description: "Must be true for the contact details to be kept." }),
    name: z.string().optional(),
    email: z.string().optional(),
    companyName: z.string().optional(),
  })
  .meta({ id: "Participant", description: "Optional contact details, checked as the a.contact.* questions." });

export const SubmitResponseRequestSchema = z
  .strictObject({
    instrumentVersion: z.string().min(1).max(40),
    answers: z.record(z.string().max(200), z.unknown(), { error: "answers must be an object keyed by question id" }).meta({
      description: "Keyed by question id: choice → option value, number → number, text → string, consent → boolean, pipeline → { stages, target } with target the revenue target for next quarter.",
    }),
    participant: ParticipantSchema.optional(),
    inPool: z.boolean().optional().meta({
      description:
        "Whether these answers join the anonymous benchmark pool that every report is compared with; the same as the answer " +
        "a.contact.join-pool (send one or the other). Left out: true, as in the survey, where the box starts ticked. " +
        "false: the response still gets its full report against the pool, but is counted in no peer group, benchmark or statistic.",
    }),
    team: TeamInviteCodeSchema.optional(),
  })
  .meta({ id: "SubmitResponseRequest" });
export type SubmitResponseRequest = z.infer<typeof SubmitResponseRequestSchema>;

export const IdempotencyKeySchema = z
  .string()
  .min(1)
  .max(IDEMPOTENCY_KEY_MAX_LENGTH)
  .regex(/^[\x21-\x7e]+$/, "use printable ASCII without spaces")
  .meta({ description: "Any unique string per logical submission (a UUID is ideal); a retry with the same key and answers returns the first result." });

const CategorySchema = z.strictObject({ id: z.string(), name: z.string() }).nullable();

export const SubmitResponseResultSchema = z
  .strictObject({
    responseId: z.uuid(),
    reportToken: z.string().meta({ description: "Private: anyone with it can read the report." }),
    reportUrl: z.url().meta({ description: "The report page for a person." }),
    inPool: z.boolean().meta({ description: "Whether the response joined the benchmark pool, as stored (fixed once submitted)." }),
    scores: z.strictObject({
      overall: PercentOrNull,
      value: PercentOrNull,
      number: PercentOrNull,
      winRate: PercentOrNull,
      salesCycle: PercentOrNull,
      personal: PercentOrNull,
      companyCategory: CategorySchema,
      personalCategory: CategorySchema,
      companyRelative: PercentOrNull.meta({ description: "Percent of peers with a lower overall index." }),
      personalRelative: PercentOrNull,
      peerGroup: z.strictObject({ label: z.string(), size: z.int().min(0) }).nullable(),
    }),
    metrics: z.strictObject({
      unitWinRate: z.number().min(0).max(100).nullable().meta({ description: "Won ÷ (won + lost) deals, percent (one decimal)." }),
      valueWinRate: z.number().min(0).max(100).nullable(),
      openDeals: z.strictObject({ count: z.number().nullable(), value: z.number().nullable() }),
      velocityPerDay: z.number().nullable().meta({ description: "Revenue per day in the answers' currency (two decimals)." }),
    }),
    peerNumbers: PeerNumbersReportSchema.nullable().meta({
      description:
        "The win rates, average won deal, sales cycle and quota figures beside the peer group's median and best quarter, " +
        "as the report's executive.peerNumbers: rates as fractions, money in the answers' currency (peers' money converted " +
        "from US dollars at the study's fixed rate table), a figure fewer peers than the anonymity threshold gave left out. " +
        "Null when there are no peers to compare with.",
    }),
  })
  .meta({ id: "SubmitResponseResult" });
export type SubmitResponseResult = z.infer<typeof SubmitResponseResultSchema>;

export const ReportTokenParamsSchema = z.strictObject({
  token: z.string().meta({ param: { description: "The report token from the submission result." } }),
});
