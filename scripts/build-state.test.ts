import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildIsStale, NEXT_BUILD_ARGS } from "./build-state";

function checkout() {
  const root = mkdtempSync(path.join(os.tmpdir(), "build-state-"));
  mkdirSync(path.join(root, "app"));
  writeFileSync(path.join(root, "app", "page.tsx"), "");
  const old = new Date(Date.now() - 60_000);
  utimesSync(path.join(root, "app", "page.tsx"), old, old);
  utimesSync(path.join(root, "app"), old, old);
  mkdirSync(path.join(root, ".next"));
  writeFileSync(path.join(root, ".next", "BUILD_ID"), "x");
  const built = new Date(Date.now() - 30_000);
  utimesSync(path.join(root, ".next", "BUILD_ID"), built, built);
  return root;
}

describe("buildIsStale", () => {
  it("keeps a webpack build newer than the sources", () => {
    expect(buildIsStale(checkout())).toBe(false);
  });

  it("rebuilds when there is no build, a source is newer, or the build is Turbopack's", () => {
    expect(buildIsStale(mkdtempSync(path.join(os.tmpdir(), "build-state-")))).toBe(true);
    const newer = checkout();
    writeFileSync(path.join(newer, "app", "page.tsx"), "changed");
    expect(buildIsStale(newer)).toBe(true);
    const turbopack = checkout();
    writeFileSync(path.join(turbopack, ".next", "turbopack"), "");
    expect(buildIsStale(turbopack)).toBe(true);
  });

  it("builds with webpack, as npm run build does", async () => {
    const { scripts } = (await import("../package.json", { with: { type: "json" } })).default as { scripts: Record<string, string> };
    expect(NEXT_BUILD_ARGS).toEqual(["build", "--webpack"]);
    expect(scripts.build).toBe(`next ${NEXT_BUILD_ARGS.join(" ")}`);
  });
});
