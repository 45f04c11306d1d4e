import os from "node:os";
import path from "node:path";

/** Where the e2e server writes its database URL for the specs to read, per Playwright run. */
export const e2eStateFile = () => path.join(os.tmpdir(), `dmi-e2e-${process.env.E2E_RUN_ID ?? "local"}.json`);
