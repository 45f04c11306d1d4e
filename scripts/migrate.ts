// Applies the committed migrations with the Prisma CLI (through our offline schema engine).
import { spawn } from "node:child_process";
import path from "node:path";

const PRISMA_CLI = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");

export function runPrisma(args: string[], databaseUrl: string, options: { quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PRISMA_CLI, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk;
      if (!options.quiet) process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk;
      if (!options.quiet) process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`prisma ${args.join(" ")} failed (exit ${code}):\n${output.trim()}`)),
    );
  });
}

export function migrateDeploy(databaseUrl: string, options: { quiet?: boolean } = {}): Promise<string> {
  return runPrisma(["migrate", "deploy"], databaseUrl, options);
}
