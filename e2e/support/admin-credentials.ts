/** The admin the e2e server creates at start-up (playwright.config.ts passes these as ADMIN_EMAIL / ADMIN_PASSWORD). */
export const E2E_ADMIN = { email: "admin@e2e.example", password: "e2e-admin-password-1" } as const;

/** The monitor's secret for /api/health's details (playwright.config.ts passes it as HEALTH_TOKEN). */
export const E2E_HEALTH_TOKEN = "e2e-health-token-0123456789abcdef";
