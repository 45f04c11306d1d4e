// PostgreSQL crashed under submit load: SIGKILL to the postmaster of the 15/main cluster (no shutdown checkpoint; its
// backends die with it), then started again at once with pg_ctlcluster, which runs crash recovery. Nothing
// acknowledged may be lost, the app must recover by itself, and each retried Idempotency-Key stores one row.
//
// This kills the server that everyone on this machine tests against, so it is down only as long as it must be: until
// the killed processes are gone (a new postmaster refuses the data directory while the old PID exists, even as a
// zombie) and crash recovery is done. Whatever happens, it is started again: after a throw (finally), and on Ctrl-C
// or SIGTERM, which wait for the start before the process exits.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { promisify } from "node:util";
import type { AppUnderTest } from "./server";
import { check, type Failure } from "./common";
import { submitUnderLoad } from "./load";
import { CLUSTER, PG_CTLCLUSTER, clusterPaths, clusterUnavailable } from "./postgres-cluster";

const START_ARGS = ["--skip-systemctl-redirect", ...CLUSTER, "start"];
/** Backends that have not noticed their postmaster's death by then are killed too. */
const STRAGGLERS_AFTER_MS = 5_000;
const GONE_TIMEOUT_MS = 20_000;

/** Why this check cannot run here, or null: it needs the cluster, and the app's database must live on it. */
export async function pgkillUnavailable(app: AppUnderTest): Promise<string | null> {
  const unavailable = clusterUnavailable();
  if (unavailable) return unavailable;
  const served = await app
    .query<{ data_directory: string }>("SHOW data_directory")
    .then(([row]) => row?.data_directory)
    .catch((error: unknown) => `(unknown: ${(error as Error).message})`);
  const { dataDir } = clusterPaths();
  return served === dataDir ? null : `the app's database is served from ${served}, not from the ${CLUSTER.join(" ")} cluster (${dataDir})`;
}

const exists = (pid: number) => existsSync(`/proc/${pid}`);

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid …; comm may hold spaces and parentheses, so read after the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) children.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return children;
}

/** One look at the killed processes: true while some are left and the time is not up. Past STRAGGLERS_AFTER_MS it
 * SIGKILLs those left (a backend that has not noticed its postmaster's death). */
function stillWaiting(pids: number[], started: number): boolean {
  const left = pids.filter(exists);
  const waited = Date.now() - started;
  if (waited > STRAGGLERS_AFTER_MS) {
    for (const pid of left) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // gone meanwhile
      }
    }
  }
  return left.length > 0 && waited < GONE_TIMEOUT_MS;
}

/** Waits for every process to be gone (reaped); how long that took. */
async function waitGone(pids: number[]): Promise<number> {
  const started = Date.now();
  while (stillWaiting(pids, started)) await new Promise((resolve) => setTimeout(resolve, 50));
  return Date.now() - started;
}

/** The same, blocking: for a signal handler that must start PostgreSQL before the process exits. */
function waitGoneSync(pids: number[]) {
  const started = Date.now();
  while (stillWaiting(pids, started)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
}

/** Kills the postmaster and starts the cluster again; resolves once it accepts connections. */
async function crashAndStart(log: (line: string) => void): Promise<{ recoveryLogged: boolean | undefined }> {
  const { dataDir, logFile } = clusterPaths();
  const postmaster = Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
  // A stale pid file could name any process by now: kill only a running postgres.
  if (!exists(postmaster) || readFileSync(`/proc/${postmaster}/comm`, "utf8").trim() !== "postgres") {
    throw new Error(`${dataDir}/postmaster.pid names ${postmaster}, which is not a running postgres`);
  }
  const processes = [postmaster, ...childrenOf(postmaster)];
  const logFrom = logFile && existsSync(logFile) ? statSync(logFile).size : undefined;
  // A signal to this process while PostgreSQL is down starts it again before the process exits.
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal} while PostgreSQL was down: starting it again first`);
    waitGoneSync(processes);
    try {
      execFileSync(PG_CTLCLUSTER, START_ARGS, { stdio: "inherit" });
    } catch {
      // already being started by the finally below
    }
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
  let goneAfterMs = 0;
  try {
    process.kill(postmaster, "SIGKILL");
    goneAfterMs = await waitGone(processes);
  } finally {
    for (let attempt = 1; ; attempt++) {
      try {
        await waitGone(processes);
        await promisify(execFile)(PG_CTLCLUSTER, START_ARGS);
        break;
      } catch (error) {
        // pg_ctlcluster's exit code 2: it is running (the kill above failed, or the signal handler started it).
        if ((error as { code?: unknown }).code === 2) break;
        if (attempt === 3) throw new Error(`PostgreSQL could not be started again: run ${PG_CTLCLUSTER} ${START_ARGS.join(" ")}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
  }
  const logged = logFrom === undefined ? undefined : readFileSync(logFile!).subarray(logFrom).toString();
  const recoveryLogged = logged === undefined ? undefined : /not properly shut down; automatic recovery in progress/.test(logged);
  log(`  SIGKILL to postmaster ${postmaster} (${processes.length} processes), all gone after ${(goneAfterMs / 1000).toFixed(1)} s; crash recovery in the server log: ${recoveryLogged ?? "no log file"}`);
  return { recoveryLogged };
}

export async function pgkillUnderLoad(app: AppUnderTest, failures: Failure[]) {
  const lines: string[] = [];
  let recoveryLogged: boolean | undefined;
  const run = async () => {
    ({ recoveryLogged } = await crashAndStart((line) => lines.push(line)));
  };
  await submitUnderLoad(app, failures, { name: "pgkill", what: "PostgreSQL killed and started again", run }, { clients: 10, durationMs: 20_000, disruptAtMs: 8_000 }, 200_000);
  for (const line of lines) console.log(line);
  check(failures, recoveryLogged !== false, "pgkill: the server log shows no crash recovery after the SIGKILL (was it a clean restart?)");
}
