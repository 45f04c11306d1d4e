// npm run check:reliability — fuzzing, duplicate submissions, PostgreSQL restarted and killed under load, the app and
// a job worker killed mid-work, against the production build on scratch databases. Exits non-zero on any failure.
// RELIABILITY_ONLY=fuzz,duplicates,restart,pgkill,appkill,workerkill picks parts.
import { appkillUnderLoad } from "./appkill";
import { duplicates } from "./duplicates";
import { fuzz } from "./fuzz";
import { pgkillUnavailable, pgkillUnderLoad } from "./pgkill";
import { clusterUnavailable } from "./postgres-cluster";
import { restartUnderLoad } from "./restart";
import { startApp } from "./server";
import { workerkill } from "./workerkill";
import type { Failure } from "./common";

async function main() {
  const only = process.env.RELIABILITY_ONLY?.split(",");
  const wants = (part: string) => !only || only.includes(part);
  const failures: Failure[] = [];
  const ran: string[] = [];
  const app = await startApp();
  try {
    if (wants("fuzz")) {
      console.log("› fuzzing the write endpoints");
      await fuzz(app, failures);
      ran.push("fuzz");
    }
    if (wants("duplicates")) {
      console.log("› double and concurrent submission");
      await duplicates(app, failures);
      ran.push("duplicates");
    }
    if (wants("restart")) {
      const unavailable = clusterUnavailable();
      if (unavailable) {
        console.log(`› SKIPPED restart under load: ${unavailable} (this check only runs as root with pg_ctlcluster)`);
      } else {
        console.log("› PostgreSQL restarted under load");
        await restartUnderLoad(app, failures);
        ran.push("restart");
      }
    }
    if (wants("pgkill")) {
      const unavailable = await pgkillUnavailable(app);
      if (unavailable) {
        console.log(`› SKIPPED PostgreSQL killed under load: ${unavailable} (this check only runs as root with pg_ctlcluster)`);
      } else {
        console.log("› PostgreSQL killed (SIGKILL) under load and started again");
        await pgkillUnderLoad(app, failures);
        ran.push("pgkill");
      }
    }
    if (wants("appkill")) {
      console.log("› the app killed (SIGKILL) mid-submit and started again");
      await appkillUnderLoad(failures);
      ran.push("appkill");
    }
    if (wants("workerkill")) {
      console.log("› a job worker killed (SIGKILL) mid-job and started again");
      await workerkill(app, failures);
      ran.push("workerkill");
    }
  } finally {
    await app.stop();
  }
  if (failures.length) {
    console.error(`\nreliability: ${failures.length} failure(s):\n- ${failures.join("\n- ")}`);
    process.exit(1);
  }
  console.log(`\nreliability: passed (${ran.join(", ")})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
