// The local PostgreSQL 15 "main" cluster, which restart.ts restarts and pgkill.ts kills: Debian's pg_ctlcluster, as
// root. Both break the server every test on this machine shares, so they run only where that is possible.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const PG_CTLCLUSTER = "/usr/bin/pg_ctlcluster";
export const CLUSTER = ["15", "main"] as const;

/** Why the cluster cannot be restarted or killed here, or null when it can. */
export function clusterUnavailable(): string | null {
  if (!existsSync(PG_CTLCLUSTER)) return "pg_ctlcluster is not installed";
  if (process.getuid?.() !== 0) return "not running as root (pg_ctlcluster needs it)";
  if (!existsSync(`/etc/postgresql/${CLUSTER.join("/")}`)) return `no PostgreSQL ${CLUSTER.join(" ")} cluster`;
  return null;
}

/** The cluster's data directory and log file, as pg_lsclusters lists them. */
export function clusterPaths(): { dataDir: string; logFile: string | undefined } {
  const listing = execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" });
  // Ver Cluster Port Status Owner Data-directory Log-file
  const fields = listing
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .find(([version, cluster]) => version === CLUSTER[0] && cluster === CLUSTER[1]);
  if (!fields?.[5]) throw new Error(`pg_lsclusters does not list ${CLUSTER.join(" ")}`);
  return { dataDir: fields[5], logFile: fields[6] };
}
