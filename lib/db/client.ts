import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { serverEnv } from "@/lib/env";
import { PrismaClient } from "./generated/client";

// One client per server process; dev mode's hot reload would otherwise open a new pool per edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.prisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: serverEnv().DATABASE_URL, max: 10 }),
  });
  return globalForPrisma.prisma;
}
