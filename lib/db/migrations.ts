import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";

/** Names of the committed migrations, in the order Prisma applies them. */
export function committedMigrations(): string[] {
  return readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
