// The ids of this build's server actions, read at run time from the manifest `next build` (or `next dev`) writes,
// so the server-action guard in proxy.ts knows an unknown id without a list to keep in sync by hand.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";

type Manifest = { node?: Record<string, unknown>; edge?: Record<string, unknown> };

// `next build` writes .next/server/…; `next dev` (Next 16) keeps its output in .next/dev/server/…. Checked against
// the installed Next by lib/http/next-upgrade.test.ts (decision 008c).
export const MANIFEST_PATHS = [
  path.join(".next", "server", "server-reference-manifest.json"),
  path.join(".next", "dev", "server", "server-reference-manifest.json"),
];

let cached: { file: string; mtimeMs: number; ids: ReadonlySet<string> } | undefined;

/** The ids in a server-reference manifest's text (every runtime). */
export function actionIdsOf(manifestText: string): Set<string> {
  const manifest = JSON.parse(manifestText) as Manifest;
  return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
}

function newestManifest(root: string): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  for (const candidate of MANIFEST_PATHS) {
    const file = path.join(root, candidate);
    try {
      const { mtimeMs } = statSync(/*turbopackIgnore: true*/ file);
      if (!newest || mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
    } catch {
      // not written by this kind of build
    }
  }
  return newest;
}

/**
 * The known action ids, or undefined when no manifest can be read (the guard then leaves the id to Next). The file is
 * re-read only when it changed, which in production is never and in `next dev` is after a recompile.
 */
export function knownActionIds(root = process.cwd()): ReadonlySet<string> | undefined {
  const manifest = newestManifest(root);
  if (!manifest) return undefined;
  if (cached?.file !== manifest.file || cached.mtimeMs !== manifest.mtimeMs) {
    try {
      cached = { ...manifest, ids: actionIdsOf(readFileSync(/*turbopackIgnore: true*/ manifest.file, "utf8")) };
    } catch {
      return cached?.ids;
    }
  }
  return cached.ids;
}
