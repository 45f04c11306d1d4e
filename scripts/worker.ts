// `npm run worker`: a job worker (lib/jobs/worker.ts) on DATABASE_URL until SIGTERM or SIGINT, when it stops taking
// jobs, lets running ones finish (up to 10 s; the rest go back to the queue) and exits. `npm start` runs one beside
// the app (scripts/worker-process.ts); run more anywhere that reaches the database (docs/decisions/018-job-queue.md).
//
// react-pdf is published as ES modules only, and tsx loads this CommonJS package's .ts files as CommonJS, which
// cannot resolve it; so the worker is bundled to one ES module first (packages left external, as bench/report-pdf.ts
// does and as Next does for the app), about 0.2 s. "server-only" marks modules that must stay out of browser bundles;
// a worker is not one, and without Next's react-server condition the package would throw, so it is left out.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { EnvError, parseEnv } from "../lib/env";
import type * as WorkerModule from "../lib/jobs/worker";

async function loadWorkerModule(): Promise<typeof WorkerModule> {
  // Inside the project, so the bundle's imports resolve from its node_modules; removed once loaded.
  const dir = path.join(process.cwd(), "node_modules", ".cache", "dealmaker-index");
  mkdirSync(dir, { recursive: true });
  const bundle = path.join(dir, `worker-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(process.cwd(), "lib", "jobs", "worker.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    jsx: "automatic",
    outfile: bundle,
    logLevel: "warning",
    plugins: [
      {
        name: "server-only",
        setup(builder) {
          builder.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
          builder.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
        },
      },
    ],
  });
  return (await import(pathToFileURL(bundle).href).finally(() => rmSync(bundle, { force: true }))) as typeof WorkerModule;
}

async function main() {
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) {
    throw new EnvError(["DATABASE_URL is not set: a worker needs the app's database (npm start sets it for the worker it starts)"]);
  }
  // React's production build unless told otherwise (`npm run dev` starts its worker in development).
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
  const { startWorker } = await loadWorkerModule();
  const { logger } = await import("../lib/log");
  const worker = await startWorker({ databaseUrl: env.DATABASE_URL, maintenanceIntervalSeconds: env.JOB_MAINTENANCE_INTERVAL_SECONDS });
  logger.info({ pid: process.pid }, "job worker started");
  let stopping: Promise<void> | undefined;
  const stop = (signal: string) =>
    (stopping ??= worker.stop().then(
      () => {
        logger.info({ signal }, "job worker stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "job worker did not stop cleanly");
        process.exit(1);
      },
    ));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(`✖ The job worker could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
