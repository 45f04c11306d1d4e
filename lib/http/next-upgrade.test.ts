// What the two devices that lean on Next.js internals rely on, checked against the installed Next: the server-action
// guard (decision 008c) and the peer-address header (decision 006). Both were verified on next 16.4.6. After an
// upgrade a failure here names what changed: re-check the decision, adjust or drop the device, then VERIFIED_NEXT.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ActionManifest } from "next/dist/build/webpack/plugins/flight-client-entry-plugin";
import { describe, expect, expectTypeOf, it } from "vitest";
import { ACTION_HEADER, ACTION_NOT_FOUND_HEADER } from "./server-action-guard";
import { MANIFEST_PATHS, actionIdsOf } from "./server-action-ids";

const VERIFIED_NEXT = "16.4.6";

const require = createRequire(import.meta.url);
const nextRoot = path.dirname(require.resolve("next/package.json"));
const nextSource = (file: string) => readFileSync(path.join(nextRoot, "dist", file), "utf8");

describe(`Next.js internals the devices were verified on (next ${VERIFIED_NEXT})`, () => {
  it("is still the Next version decisions 006 and 008c name; an upgrade re-runs their checks before changing this", () => {
    const { version } = require("next/package.json") as { version: string };
    expect(version, "Next was upgraded: re-verify decisions 006 and 008c, then update VERIFIED_NEXT").toBe(VERIFIED_NEXT);
  });

  it("writes the server-action manifest where server-action-ids.ts reads it, for next build and next dev", () => {
    const constants = require("next/dist/shared/lib/constants") as { SERVER_DIRECTORY: string; SERVER_REFERENCE_MANIFEST: string };
    const built = path.join(".next", constants.SERVER_DIRECTORY, `${constants.SERVER_REFERENCE_MANIFEST}.json`);
    const dev = path.join(".next", "dev", constants.SERVER_DIRECTORY, `${constants.SERVER_REFERENCE_MANIFEST}.json`);
    expect(MANIFEST_PATHS).toEqual([built, dev]);
    // next dev moves distDir to <distDir>/dev (next/dist/server/config.js).
    expect(nextSource("server/config.js")).toContain("result.distDir = (0, _path.join)(result.distDir, 'dev')");
  });

  it("keeps the manifest's shape: action ids as the keys of `node` and `edge`", () => {
    expectTypeOf<keyof ActionManifest>().toEqualTypeOf<"encryptionKey" | "node" | "edge">();
    expectTypeOf<ActionManifest["node"]>().toEqualTypeOf<Record<string, ActionManifest["node"][string]>>();
    expectTypeOf<ActionManifest["edge"]>().toEqualTypeOf<Record<string, ActionManifest["edge"][string]>>();
    const sample = { encryptionKey: "k", node: { "00aa": { workers: {}, layer: {} } }, edge: { "40bb": { workers: {}, layer: {} } } };
    expect([...actionIdsOf(JSON.stringify(sample))]).toEqual(["00aa", "40bb"]);
  });

  it.runIf(existsSync(MANIFEST_PATHS[0]!))("reads this checkout's built manifest as a set of action ids", () => {
    const ids = actionIdsOf(readFileSync(MANIFEST_PATHS[0]!, "utf8"));
    expect(ids.size).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{40,}$/);
  });

  it("names an action and an unknown action with the headers the guard uses", () => {
    const headers = require("next/dist/client/components/app-router-headers") as Record<string, string>;
    expect(headers.ACTION_HEADER).toBe(ACTION_HEADER);
    expect(headers.NEXT_ACTION_NOT_FOUND_HEADER).toBe(ACTION_NOT_FOUND_HEADER);
  });

  it("still gives route handlers no client address of their own, so the peer-address header is still needed", async () => {
    const { NextRequest } = await import("next/server");
    expect(Object.getOwnPropertyNames(NextRequest.prototype)).not.toContain("ip");
    // X-Forwarded-For is filled from the socket only when the client sent none, so the client can choose it.
    expect(nextSource("server/base-server.js")).toMatch(/req\.headers\['x-forwarded-for'\] \?\?=/);
  });

  it("serves next start from a node:http Server, whose prototype emit the peer-address header wraps", () => {
    expect(nextSource("server/lib/start-server.js")).toMatch(/_http\.default\.createServer\(requestListener\)/);
    expect(nextSource("server/lib/start-server.js")).toMatch(/_https\.default\.createServer\(/);
  });
});
