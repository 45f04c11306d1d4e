// The worker `npm start`, `npm run dev` and the e2e server start beside the app: `npm run worker` as a child process,
// stopped with the app (SIGTERM). WORKER=off leaves it out, for deployments that run workers apart.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";

const WORKER_SCRIPT = path.join(process.cwd(), "scripts", "worker.ts");

export function startWorkerProcess(env: NodeJS.ProcessEnv, stdio: StdioOptions = "inherit"): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", WORKER_SCRIPT], { env, stdio });
}
