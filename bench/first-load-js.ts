// First-load JavaScript of the survey and report pages, from the production build: each page is loaded in Chromium
// (playwright-core + Debian's /usr/bin/chromium), every .js response is gzipped with zlib and summed — what a first
// visit downloads. The report page is that of a response submitted through the API first. Target: survey ≤ 150 kB.
//
//   node --conditions=react-server --import tsx bench/first-load-js.ts
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { INSTRUMENT_VERSION } from "@/lib/instrument";
import { demoResponse } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { startProductionServer } from "./production-server";

async function firstLoadJs(browser: import("playwright-core").Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<{ url: string; gzip: number; raw: number } | null>[] = [];
  page.on("response", (response) => {
    if (!new URL(response.url()).pathname.endsWith(".js")) return;
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body).length }),
        () => null,
      ),
    );
  });
  const status = (await page.goto(url, { waitUntil: "networkidle" }))?.status();
  const files = (await Promise.all(pending)).filter((file) => file !== null);
  await context.close();
  const kB = (bytes: number) => Number((bytes / 1000).toFixed(1));
  return {
    status,
    files: files.length,
    gzipKb: kB(files.reduce((sum, file) => sum + file.gzip, 0)),
    rawKb: kB(files.reduce((sum, file) => sum + file.raw, 0)),
  };
}

export async function runFirstLoadJsBench() {
  const server = await startProductionServer();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-background-networking"] });
  try {
    const body = JSON.stringify({ instrumentVersion: INSTRUMENT_VERSION, answers: demoResponse(seededRandom(1), new Date()).answers });
    const submitted = await fetch(`${server.baseUrl}/api/v1/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    if (!submitted.ok) throw new Error(`submitting a response for the report page failed: ${submitted.status}`);
    const { reportUrl } = (await submitted.json()) as { reportUrl: string };
    const reportPath = new URL(reportUrl).pathname;
    const survey = await firstLoadJs(browser, `${server.baseUrl}/survey`);
    const report = await firstLoadJs(browser, `${server.baseUrl}${reportPath}`);
    return { benchmark: "first-load-js", survey, report: { path: reportPath.replace(/[^/]+$/, ":token"), ...report }, target: { surveyGzipKb: 150 } };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const arg = (name: string) => process.argv.find((value) => value.startsWith(`--${name}=`))?.split("=")[1];

if (process.argv[1]?.endsWith("first-load-js.ts")) {
  runFirstLoadJsBench()
    .then((figures) => {
      console.log(JSON.stringify(figures, null, 2));
      const out = arg("result");
      if (out) writeFileSync(out, JSON.stringify(figures));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
