import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

// The layers (README "Architecture"). Each rule below is set in one block only: a later block that sets the same
// rule for the same file replaces the options rather than adding to them.
const PURE_CORE = ["lib/instrument/**/*.{ts,tsx}", "lib/scoring/**/*.{ts,tsx}", "lib/report/**/*.{ts,tsx}", "lib/teams/**/*.{ts,tsx}"];
const TESTS = ["**/*.test.ts", "**/*.test.tsx"];
const PRODUCTION = ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "scripts/**/*.ts", "proxy.ts", "instrumentation.ts"];

const layers = [
  {
    name: "layers/folders",
    files: PRODUCTION,
    ignores: TESTS,
    rules: {
      // Resolved paths, so relative imports ("../db/client") are caught as well as "@/lib/db/client".
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: ["./lib/instrument", "./lib/scoring", "./lib/report", "./lib/teams"],
              from: [
                "./app",
                "./components",
                "./lib/db",
                "./lib/http",
                "./lib/responses",
                "./lib/admin",
                "./lib/api",
                "./lib/auth",
                "./lib/demo",
                "./lib/export",
                "./lib/survey",
                "./lib/team-mode",
                "./lib/env.ts",
                "./lib/log.ts",
              ],
              message: "The pure core (instrument, scoring, report) takes plain data and returns plain data: pass what it needs in.",
            },
            {
              // The worker runs jobs (scripts/worker.ts loads lib/jobs/worker.ts); the app only queues them.
              target: ["./app", "./components", "./lib/!(jobs)/**", "./lib/*.ts", "./lib/jobs/!(worker).ts", "./proxy.ts", "./instrumentation.ts"],
              from: ["./lib/jobs/handlers", "./lib/jobs/worker.ts"],
              message: "Job handlers run in a worker: queue a job with sendJob (lib/jobs/queue.ts) instead.",
            },
            {
              target: ["./app", "./components", "./lib", "./scripts", "./proxy.ts", "./instrumentation.ts"],
              from: ["./tests", "./e2e"],
              message: "Test fixtures stay out of production code.",
            },
            {
              target: ["./app", "./components", "./lib", "./scripts", "./proxy.ts", "./instrumentation.ts"],
              from: "./bench",
              // The bare-insert baseline route (app/api/bench/insert, off unless BENCH_ROUTES=1) is the one way in.
              except: ["./bench-insert.ts"],
              message: "Benchmark code stays out of production code.",
            },
          ],
        },
      ],
    },
  },
  {
    name: "layers/pure-core",
    files: PURE_CORE,
    ignores: TESTS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom", "next", "server-only", "pg", "fs", "net", "node:fs", "node:net", "node:http", "node:child_process"].map(
            (name) => ({ name, message: "The pure core imports no framework, database, file or network module." }),
          ),
          patterns: [
            {
              group: ["react/*", "react-dom/*", "next/*", "@prisma/*", "fs/*", "node:fs/*", "**/generated/client", "**/generated/client/*"],
              message: "The pure core imports no framework, database, file or network module.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "No clock in the pure core: take `now` as an argument.",
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "No clock in the pure core: take `now` as an argument.",
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: "No hidden randomness in the pure core: take a random source as an argument.",
        },
      ],
    },
  },
  {
    name: "layers/components",
    files: ["components/**/*.{ts,tsx}"],
    ignores: TESTS,
    rules: {
      // Types describe what a page hands a component; values from lib/db would pull data access into the UI.
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db", "@/lib/db/*", "**/lib/db", "**/lib/db/*", "@prisma/*"],
              allowTypeImports: true,
              message: "Components get their data from the page (app/): import types only from lib/db.",
            },
          ],
        },
      ],
    },
  },
];

// lib/db is data access: the workflows (lib/responses) call it, never the other way round, and it knows nothing of
// reports, pages, components or the API and admin request types (docs/decisions/012-response-workflows.md). It reads
// and writes: scoring answers and comparing with peers happen in lib/responses, so of lib/scoring it takes types and
// the definitions of what the aggregate stores. Its own block and the core rule (the folder-wide boundaries use other
// rules), so it adds to them instead of replacing their options.
const dataAccess = {
  name: "layers/data-access",
  files: ["lib/db/**/*.ts"],
  ignores: ["**/*.test.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["@/lib/responses", "@/lib/responses/*", "**/lib/responses", "**/lib/responses/*", "../responses", "../responses/*", "../../responses", "../../responses/*"],
            message: "lib/db is below the workflows: lib/responses calls lib/db, not the reverse.",
          },
          {
            group: ["@/lib/report", "@/lib/report/*", "**/lib/report", "**/lib/report/*", "../report", "../report/*", "../../report", "../../report/*"],
            message: "lib/db stores documents it is given; building them is lib/responses' (reportFor).",
          },
          {
            group: ["@/lib/scoring", "@/lib/scoring/*", "**/lib/scoring", "**/lib/scoring/*", "../scoring", "../scoring/*", "../../scoring", "../../scoring/*"],
            allowTypeImports: true,
            // What the ScoreHistogram rows hold and where (the layout, the metrics, the bins), and histogramQuantile:
            // percentile_cont over a histogram, so a quantile read from the aggregate equals the one SQL computes over
            // the rows (public-benchmarks.ts), with quantilesFromCounts its [value, count] form; and suppressGroups, the
            // anonymity rule every aggregate applies before it leaves the database layer.
            allowImportNames: [
              "BINNED_FIGURE_BINS",
              "HARD_NUMBERS",
              "HISTOGRAM_LENGTH",
              "PEER_METRICS",
              "SCORE_HISTOGRAM_LAYOUT",
              "SCORING_VERSION",
              "SECTION_METRIC_PREFIX",
              "binnedMetric",
              "histogramQuantile",
              "histogramSlice",
              "quantilesFromCounts",
              "suppressGroups",
            ],
            message: "lib/db reads and writes: scoring answers and comparing peers are lib/responses' (score-row.ts, peer-comparison.ts).",
          },
          {
            group: ["@/app", "@/app/*", "**/app/*", "@/components", "@/components/*", "**/components/*"],
            message: "lib/db knows nothing of routes or components.",
          },
          {
            // The admin dashboard's dimensions and metric lists (lib/admin/dashboard-*.ts) are plain definitions that
            // both the admin pages and the admin-stats queries read, so lib/db may import those and nothing else there.
            regex: "^(@/lib/|(\\.\\./)+)(admin(?!/dashboard-)|api|survey|http|export)(/|$)",
            message: "lib/db queries take plain arguments: declare the shape here and let the caller's API or admin type fit it.",
          },
        ],
      },
    ],
  },
};

const config = [
  { ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", ".data/**", ".scratch/**", "next-env.d.ts"] },
  ...coreWebVitals,
  ...typescript,
  ...layers,
  dataAccess,
];

export default config;
