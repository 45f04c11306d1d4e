/** The admin the e2e server creates at start-up (playwright.config.ts passes these as ADMIN_EMAIL / ADMIN_PASSWORD). */
export const E2E_ADMIN = { email: "admin@e2e.example", password: "e2e-admin-password-1" } as const;

/** The monitor's secret for /api/health's details (playwright.config.ts passes it as HEALTH_TOKEN). */
export const E2E_HEALTH_TOKEN = "e2e-health-token-0123456789abcdef";

/**
 * Every spec calls from 127.0.0.1 and the limits' counters live in the run's database, shared by every app process:
 * the servers specs run use these generous limits unless a spec sets its own (e2e/api-v1-rate-limit.spec.ts checks
 * the limits on servers with low ones). A second server on the defaults is refused once the run has made 60 drafts.
 */
export const E2E_RATE_LIMITS = {
  SUBMIT_RATE_LIMIT_PER_MINUTE: "10000",
  STEP_SAVE_RATE_LIMIT_PER_MINUTE: "100000",
  DRAFT_RATE_LIMIT_PER_HOUR: "100000",
  PDF_RATE_LIMIT_PER_MINUTE: "100000",
  BENCHMARKS_RATE_LIMIT_PER_MINUTE: "100000",
  MAIL_LINK_RATE_LIMIT_PER_HOUR: "100000",
} as const;
