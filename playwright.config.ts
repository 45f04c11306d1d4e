import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { E2E_ADMIN, E2E_HEALTH_TOKEN, E2E_RATE_LIMITS } from "./e2e/support/admin-credentials";

// The app under test is built and started by scripts/e2e-server.ts on its own fresh
// database, dropped when the run ends. Chromium comes from Debian; Playwright never downloads one.
const port = Number(process.env.E2E_PORT ?? 3210);
// Set once in the runner; workers inherit it, so specs can find the run's database (e2e/support/database.ts).
process.env.E2E_RUN_ID ??= randomBytes(4).toString("hex");
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Whole-survey flows click through 16 steps; shared 2-core machines need the headroom.
  timeout: 60_000,
  // Saving a step or signing in can take several seconds while the 2 cores also run the server and the database.
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, grep: /@phone/ },
  ],
  webServer: {
    // react-server: the server creates the admin through lib/ (which imports "server-only"), as the launcher does.
    command: `node --conditions=react-server --import tsx scripts/e2e-server.ts`,
    env: {
      PORT: String(port),
      E2E_RUN_ID: process.env.E2E_RUN_ID,
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      HEALTH_TOKEN: E2E_HEALTH_TOKEN,
      ...E2E_RATE_LIMITS,
    },
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
