// npm run check:reliability — fuzzing, PostgreSQL restarted under load, duplicate submissions, against the production
// build on a scratch database. Exits non-zero on any failure. RELIABILITY_ONLY=fuzz,restart,duplicates picks parts.
import { duplicates } from "./duplicates";
import { fuzz } from "./fuzz";
import { restartAvailable, restartUnderLoad } from "./restart";
import { startApp } from "./server";
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
      const unavailable = restartAvailable();
      if (unavailable) {
        console.log(`› SKIPPED restart under load: ${unavailable} (this check only runs as root with pg_ctlcluster)`);
      } else {
        console.log("› PostgreSQL restarted under load");
        await restartUnderLoad(app, failures);
        ran.push("restart");
      }
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
