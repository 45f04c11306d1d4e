// PDF render time of a full report (median of 10 renders per persona, bench/report-pdf-renders.tsx).
//
//   node --import tsx bench/report-pdf.ts [--out=.scratch/pdf] [--renders=10]
//
// (Without --conditions=react-server: react-pdf renders with the full React, not its server build.)
//
// `--out=DIR` also writes each persona's PDF on A4 and Letter, to look at: `pdftoppm -png -r 60 DIR/x.pdf DIR/x`.
// react-pdf is published as ES modules only, and tsx loads this CommonJS package's .tsx files as CommonJS, which
// cannot resolve it; so the renders are bundled to one ES module first (packages left external), as Next does.
import { rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

async function main() {
  // As `npm start` serves it: React's production build, chosen when react-pdf is first imported (below).
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
  // Beside this file, so the bundle's imports resolve from the project's node_modules; removed once loaded.
  const bundle = path.join(import.meta.dirname, `.report-pdf-renders-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(import.meta.dirname, "report-pdf-renders.tsx")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    jsx: "automatic",
    outfile: bundle,
    logLevel: "warning",
  });
  const { runReportPdfBench } = (await import(pathToFileURL(bundle).href).finally(() => rmSync(bundle))) as typeof import("./report-pdf-renders");
  const option = (name: string) => process.argv.find((value) => value.startsWith(`--${name}=`))?.split("=")[1];
  const renders = option("renders");
  const figures = { ...(await runReportPdfBench({ outDir: option("out"), renders: renders ? Number(renders) : undefined })), node: process.version, loadAverage: os.loadavg()[0] };
  console.log(JSON.stringify(figures));
  const result = option("result");
  if (result) writeFileSync(result, JSON.stringify(figures));
}

void main();
