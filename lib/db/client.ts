import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { serverEnv } from "@/lib/env";
import { PrismaClient } from "./generated/client";

// One connection pool and one client per server process; dev mode's hot reload would otherwise open a new pool per
// edit. Prisma runs on the pool; the submit path's few statements use the same pool directly (sqlPool), because
// Prisma's per-query work cost more CPU than those statements themselves (bench/submit-profile.ts).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaPool?: pg.Pool };

export function sqlPool(): pg.Pool {
  if (!globalForPrisma.prismaPool) {
    const pool = new pg.Pool({ connectionString: serverEnv().DATABASE_URL, max: 10 });
    // An idle connection the server closed (a restart, a failover) is dropped by the pool; without a listener the
    // 'error' event would end the process.
    pool.on("error", () => undefined);
    globalForPrisma.prismaPool = pool;
  }
  return globalForPrisma.prismaPool;
}

export function db(): PrismaClient {
  globalForPrisma.prisma ??= new PrismaClient({
    adapter: new PrismaPg(sqlPool(), { disposeExternalPool: true }),
  });
  return globalForPrisma.prisma;
}

/** Closes the client and its pool; the next db() or sqlPool() call connects again (tests switch databases). */
export async function closeDb(): Promise<void> {
  const { prisma, prismaPool } = globalForPrisma;
  globalForPrisma.prisma = undefined;
  globalForPrisma.prismaPool = undefined;
  if (prisma) await prisma.$disconnect();
  else await prismaPool?.end();
}
