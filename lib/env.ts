// Environment, validated once with zod. The parser is pure (it takes the variables as an
// argument) so the launcher, the server and the tests share one set of rules and messages.
import { z } from "zod";
import { NewAdminPasswordSchema } from "./auth/sign-in-schema";

const PostgresUrlSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = !URL.canParse(value)
      ? "is not a URL (expected postgresql://user:password@host:5432/database)"
      : !/^postgres(ql)?:$/.test(new URL(value).protocol)
        ? "must start with postgresql:// or postgres://"
        : new URL(value).pathname.length <= 1
          ? "names no database (add /database_name to the URL)"
          : undefined;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** SMTP_URL: where mail goes (docs/decisions/025-mail.md). nodemailer reads the same URL, with user and password in it. */
const SmtpUrlSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = !URL.canParse(value)
      ? "is not a URL (expected smtp://user:password@host:587 or smtps://user:password@host:465)"
      : !/^smtps?:$/.test(new URL(value).protocol)
        ? "must start with smtp:// (STARTTLS when the server offers it) or smtps:// (TLS from the start)"
        : new URL(value).hostname === ""
          ? "names no host (expected smtp://host:587)"
          : undefined;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** MAIL_FROM: an address, or a name and an address as `Name <address>`. */
const MailFromSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const address = /^[^<>]*<([^<>]+)>$/.exec(value)?.[1] ?? value;
    if (!z.email().safeParse(address.trim()).success) {
      ctx.addIssue({ code: "custom", message: `must be an address or "Name <address>" (got "${value}")` });
    }
  });

/** PUBLIC_URL: the address participants reach the app at, which mailed links start with. */
const PublicUrlSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const url = URL.canParse(value) ? new URL(value) : null;
    const problem = !url
      ? "is not a URL (expected https://survey.example.com)"
      : !/^https?:$/.test(url.protocol)
        ? "must start with https:// or http://"
        : url.search || url.hash || url.username
          ? "must be the app's address alone, without a query, fragment or user name"
          : undefined;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => value.replace(/\/+$/, ""));

const unsetWhenEmpty = (value: unknown) => (value === "" ? undefined : value);

const optionalInt = <Fallback extends number | undefined>(name: string, min: number, max: number, fallback: Fallback) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx): number | Fallback => {
      if (value === undefined || value === "") return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max} (got "${value}")` });
        return z.NEVER;
      }
      return parsed;
    })
    .describe(name);

/** Quartiles need 4 × ANONYMITY_THRESHOLD responses by default, so each quarter holds at least the threshold. */
export const QUARTILE_THRESHOLD_FACTOR = 4;

/** pino's levels; LOG_LEVEL picks one (lib/log.ts). */
/** The sender stored mails show when MAIL_FROM is unset (only without SMTP_URL: with it, MAIL_FROM is required). */
export const DEMO_MAIL_FROM = "Dealmaker Index <no-reply@dealmaker-index.invalid>";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export const EnvSchema = z.object({
  DATA_DIR: z.string().trim().min(1).optional(),
  DATABASE_URL: z.preprocess((value) => (value === "" ? undefined : value), PostgresUrlSchema.optional()),
  PORT: optionalInt("PORT", 1, 65535, 3000),
  PEER_GROUP_MIN_SIZE: optionalInt("PEER_GROUP_MIN_SIZE", 1, 100_000, 10),
  ANONYMITY_THRESHOLD: optionalInt("ANONYMITY_THRESHOLD", 1, 100_000, 5),
  /**
   * GET /api/v1/benchmarks shows a group, and an index's quartiles, only with at least this many completed responses
   * (docs/decisions/019-benchmark-disclosure-control.md); unset, 4 × ANONYMITY_THRESHOLD.
   */
  BENCHMARK_QUARTILE_THRESHOLD: optionalInt("BENCHMARK_QUARTILE_THRESHOLD", 1, 400_000, undefined),
  /** Submissions per client per minute, API and browser together (counted in PostgreSQL); 0 turns the limit off (load tests). */
  SUBMIT_RATE_LIMIT_PER_MINUTE: optionalInt("SUBMIT_RATE_LIMIT_PER_MINUTE", 0, 1_000_000, 30),
  // The other public limits, per client address, counted in PostgreSQL (lib/http/rate-limits.ts); 0 turns one off.
  /** Survey step saves (autosave) per minute: a participant saves once a step, a few a minute at most. */
  STEP_SAVE_RATE_LIMIT_PER_MINUTE: optionalInt("STEP_SAVE_RATE_LIMIT_PER_MINUTE", 0, 1_000_000, 120),
  /** New survey drafts per hour: one per participant; an office behind one address may start dozens. */
  DRAFT_RATE_LIMIT_PER_HOUR: optionalInt("DRAFT_RATE_LIMIT_PER_HOUR", 0, 1_000_000, 60),
  /** Report PDF downloads (and "being prepared" reloads, one each 3 s) per minute. */
  PDF_RATE_LIMIT_PER_MINUTE: optionalInt("PDF_RATE_LIMIT_PER_MINUTE", 0, 1_000_000, 40),
  /** GET /api/v1/benchmarks requests per minute. */
  BENCHMARKS_RATE_LIMIT_PER_MINUTE: optionalInt("BENCHMARKS_RATE_LIMIT_PER_MINUTE", 0, 1_000_000, 60),
  /**
   * Completed members a team needs before its dashboard shows anything drawn from their answers (issue 16,
   * docs/decisions/030-team-mode.md). At least 3: with two, the leader who knows one answer knows the other.
   */
  TEAM_MIN_MEMBERS: optionalInt("TEAM_MIN_MEMBERS", 3, 1000, 3),
  /** New teams per client per hour (the API and the browser's form together); 0 turns the limit off. */
  TEAM_RATE_LIMIT_PER_HOUR: optionalInt("TEAM_RATE_LIMIT_PER_HOUR", 0, 1_000_000, 20),
  /** How many proxies in front of the app append to X-Forwarded-For; 0 means the TCP peer is the client. */
  TRUST_PROXY: z.preprocess(
    // Older configurations said true/false: one proxy, or none.
    (value) => (value === "true" ? "1" : value === "false" ? "0" : value),
    optionalInt("TRUST_PROXY", 0, 10, 0),
  ),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  ),
  // The first admin, created or updated at start-up (`npm start`, the e2e server); both or neither.
  ADMIN_EMAIL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().trim().toLowerCase().pipe(z.email("must be an email address")).optional(),
  ),
  ADMIN_PASSWORD: z.preprocess((value) => (value === "" ? undefined : value), NewAdminPasswordSchema.optional()),
  // Failed admin sign-ins allowed per email, and per client address, in ADMIN_LOGIN_WINDOW_MINUTES.
  ADMIN_LOGIN_MAX_FAILURES: optionalInt("ADMIN_LOGIN_MAX_FAILURES", 1, 10_000, 5),
  ADMIN_LOGIN_MAX_FAILURES_PER_IP: optionalInt("ADMIN_LOGIN_MAX_FAILURES_PER_IP", 1, 100_000, 50),
  ADMIN_LOGIN_WINDOW_MINUTES: optionalInt("ADMIN_LOGIN_WINDOW_MINUTES", 1, 24 * 60, 15),
  /** Where participants write to have their answers erased (the privacy page); unset, the page says to ask whoever invited them. */
  STUDY_CONTACT_EMAIL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().trim().pipe(z.email("must be an email address")).optional(),
  ),
  /** Days after its last save that an unfinished survey is deleted by the purge job. */
  DRAFT_RETENTION_DAYS: optionalInt("DRAFT_RETENTION_DAYS", 1, 3650, 30),
  /** Hours an API Idempotency-Key answers its retries; then the hourly job forgets it (decision 021). */
  IDEMPOTENCY_KEY_RETENTION_HOURS: optionalInt("IDEMPOTENCY_KEY_RETENTION_HOURS", 1, 24 * 365, 24),
  /**
   * How often a worker runs the queue's maintenance, in seconds: it hands a job whose worker vanished (killed, not
   * stopped) back for a retry once the job's expiry has passed, and archives finished jobs. Lower it to retry sooner.
   */
  JOB_MAINTENANCE_INTERVAL_SECONDS: optionalInt("JOB_MAINTENANCE_INTERVAL_SECONDS", 1, 3600, 120),
  /** `npm start` (and `npm run dev`) start a job worker beside the app; `off` for deployments that run `npm run worker` apart. */
  WORKER: z.preprocess(
    (value) => (value === "" ? undefined : typeof value === "string" ? value.trim().toLowerCase() : value),
    z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
  ),
  /** Where mail is sent (smtp:// or smtps://); unset, mail is only stored in the outbox for the admin's Outbox page. */
  SMTP_URL: z.preprocess(unsetWhenEmpty, SmtpUrlSchema.optional()),
  /** The sender of every mail; required with SMTP_URL. */
  MAIL_FROM: z.preprocess(unsetWhenEmpty, MailFromSchema.optional()),
  /** The app's public address, which mailed links start with; required with SMTP_URL, else http://127.0.0.1:PORT. */
  PUBLIC_URL: z.preprocess(unsetWhenEmpty, PublicUrlSchema.optional()),
  /** Days an outbox row (its recipient, subject, status and, until sent, its message) is kept; then the sweep deletes it. */
  MAIL_RETENTION_DAYS: optionalInt("MAIL_RETENTION_DAYS", 1, 3650, 30),
  /**
   * Days after a participant's latest report that they are mailed one invitation to take the survey again, when they
   * gave an address with consent (docs/decisions/027-retake.md).
   */
  RETAKE_INVITE_AFTER_DAYS: optionalInt("RETAKE_INVITE_AFTER_DAYS", 1, 3650, 365),
  /** "Email me a link to continue" requests per client per hour (counted in PostgreSQL); 0 turns the limit off. */
  MAIL_LINK_RATE_LIMIT_PER_HOUR: optionalInt("MAIL_LINK_RATE_LIMIT_PER_HOUR", 0, 1_000_000, 10),
  /** Sent as `Authorization: Bearer <token>`, shows /api/health's details (database error, migrations) to a monitor. */
  HEALTH_TOKEN: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().min(24, "must be at least 24 characters (a random secret)").max(200).optional(),
  ),
})
  .superRefine((env, ctx) => {
    if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: "custom",
        path: [env.ADMIN_EMAIL ? "ADMIN_PASSWORD" : "ADMIN_EMAIL"],
        message: "is required when the other of ADMIN_EMAIL / ADMIN_PASSWORD is set",
      });
    }
    if (env.SMTP_URL) {
      for (const name of ["MAIL_FROM", "PUBLIC_URL"] as const) {
        if (!env[name]) {
          const why = name === "MAIL_FROM" ? "the sender of every mail" : "the app's address, which mailed links start with";
          ctx.addIssue({ code: "custom", path: [name], message: `is required when SMTP_URL is set: ${why}` });
        }
      }
    }
    if (env.BENCHMARK_QUARTILE_THRESHOLD !== undefined && env.BENCHMARK_QUARTILE_THRESHOLD < env.ANONYMITY_THRESHOLD) {
      ctx.addIssue({
        code: "custom",
        path: ["BENCHMARK_QUARTILE_THRESHOLD"],
        message: `must be at least ANONYMITY_THRESHOLD (${env.ANONYMITY_THRESHOLD}): the public benchmarks never show a group the admin pages hide (got ${env.BENCHMARK_QUARTILE_THRESHOLD})`,
      });
    }
  })
  .transform((env) => ({
    ...env,
    BENCHMARK_QUARTILE_THRESHOLD: env.BENCHMARK_QUARTILE_THRESHOLD ?? QUARTILE_THRESHOLD_FACTOR * env.ANONYMITY_THRESHOLD,
    // Without SMTP nothing leaves the machine: the stored mails' links point where the demo serves them.
    PUBLIC_URL: env.PUBLIC_URL ?? `http://127.0.0.1:${env.PORT}`,
    MAIL_FROM: env.MAIL_FROM ?? DEMO_MAIL_FROM,
  }));

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment: ${problems.join("; ")}`);
    this.name = "EnvError";
  }
}

/** Parses the given variables; throws an EnvError whose message names each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "env"} ${issue.message}`);
  throw new EnvError(problems);
}

let cached: Env | undefined;

/** The server's environment, where DATABASE_URL is required (the launcher sets it for the embedded database). */
export function serverEnv(): Env & { DATABASE_URL: string } {
  cached ??= parseEnv(process.env);
  if (!cached.DATABASE_URL) {
    throw new EnvError([
      "DATABASE_URL is not set: start the app with `npm start` or `npm run dev` (they start the embedded database), or set DATABASE_URL",
    ]);
  }
  return cached as Env & { DATABASE_URL: string };
}
