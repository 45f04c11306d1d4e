import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

// lib/db is data access: the workflows (lib/responses) call it, never the other way round, and it knows nothing of
// reports, pages, components or the API and admin request types (docs/decisions/012-response-workflows.md). Its own block and the core rule (the
// folder-wide boundaries use other rules), so it adds to them instead of replacing their options. No type-only
// exception is needed: lib/db uses only the pure core's instrument and scoring types, which the rule allows.
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
            group: ["@/app", "@/app/*", "**/app/*", "@/components", "@/components/*", "**/components/*"],
            message: "lib/db knows nothing of routes or components.",
          },
          {
            group: ["admin", "api", "survey", "http"].flatMap((folder) => [`@/lib/${folder}`, `@/lib/${folder}/*`, `../${folder}/*`, `../../${folder}/*`]),
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
  dataAccess,
];

export default config;
