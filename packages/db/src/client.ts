// One PrismaClient per process, shared by every caller. In dev, Next.js re-evaluates modules on
// reload, so the instance is parked on globalThis to avoid leaking a pool per reload.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "./env.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { countStatements } from "./statements-sent.ts";

export function createPrismaClient(databaseUrl: string = env.DATABASE_URL, poolMax = env.DATABASE_POOL_MAX) {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolMax,
    // Startup options of every connection in the pool (see DATABASE_JIT in env.ts).
    ...(env.DATABASE_JIT ? {} : { options: "-c jit=off" }),
  });
  pool.on("connect", countStatements);
  // Our pool, so that each connection's statements are counted; Prisma still ends it on $disconnect.
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

export type Db = ReturnType<typeof createPrismaClient>;

const globalForPrisma = globalThis as unknown as { tidemarkPrisma?: Db; tidemarkReadPrisma?: Db };

export const prisma: Db = globalForPrisma.tidemarkPrisma ?? createPrismaClient();
globalForPrisma.tidemarkPrisma = prisma;

/**
 * For dashboard reads: a client on the read replica when DATABASE_READ_URL is set (reads may lag
 * the primary by the replica's delay), else the primary client itself. Never write through it.
 */
export const readPrisma: Db = env.DATABASE_READ_URL
  ? (globalForPrisma.tidemarkReadPrisma ?? createPrismaClient(env.DATABASE_READ_URL))
  : prisma;
globalForPrisma.tidemarkReadPrisma = readPrisma;
