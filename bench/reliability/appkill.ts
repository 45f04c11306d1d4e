// The app process killed (SIGKILL) in the middle of submissions: a second app, on a scratch database of its own,
// takes submissions with Idempotency-Keys from 10 clients, is killed with requests in flight (their answers are lost;
// some were committed first) and started again on the same port and database. Every request whose answer was lost,
// retried with its key, must leave exactly one response, and every acknowledged one must be stored.
import { startApp } from "./server";
import type { Failure } from "./common";
import { submitUnderLoad } from "./load";

export async function appkillUnderLoad(failures: Failure[]) {
  const app = await startApp({ portOffset: 1 });
  try {
    const run = async () => {
      await app.kill();
      await app.relaunch();
    };
    await submitUnderLoad(
      app,
      failures,
      { name: "appkill", what: "the app killed (SIGKILL) and started again", run, losesRequestsInFlight: true },
      { clients: 10, durationMs: 15_000, disruptAtMs: 6_000 },
      300_000,
    );
  } finally {
    await app.stop();
  }
}
