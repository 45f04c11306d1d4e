// Decides whether `next build` must run before `next start`: no build yet, a build by the other bundler, or a source
// file newer than the last build. Every script that builds the app uses NEXT_BUILD_ARGS, as `npm run build` does.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Production builds use webpack: it gives the survey page 2.5 kB gzip less first-load JS than Turbopack (decision 017). */
export const NEXT_BUILD_ARGS = ["build", "--webpack"];

const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.js", "package-lock.json", "postcss.config.mjs"];
const SKIP = new Set(["node_modules", "generated", ".next"]);

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (SKIP.has(entry)) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

export function buildIsStale(root = process.cwd()): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  // A Turbopack build (plain `next build`) leaves this marker; webpack's output replaces the whole directory.
  if (existsSync(path.join(root, ".next", "turbopack"))) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(root, source)) > built);
}
