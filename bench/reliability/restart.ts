// Load with PostgreSQL restarted cleanly in the middle (pg_ctlcluster restart): nothing acknowledged is lost, the app
// recovers without a restart, and every unacknowledged request, retried with its Idempotency-Key, is stored once.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { AppUnderTest } from "./server";
import type { Failure } from "./common";
import { submitUnderLoad } from "./load";
import { CLUSTER, PG_CTLCLUSTER } from "./postgres-cluster";

export async function restartUnderLoad(app: AppUnderTest, failures: Failure[]) {
  const restart = async () => {
    await promisify(execFile)(PG_CTLCLUSTER, ["--skip-systemctl-redirect", ...CLUSTER, "restart"]);
  };
  await submitUnderLoad(app, failures, { name: "restart", what: "PostgreSQL restarted", run: restart }, { clients: 10, durationMs: 20_000, disruptAtMs: 8_000 }, 100_000);
}
