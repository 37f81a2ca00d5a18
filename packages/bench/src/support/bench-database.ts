// A throwaway database and Redis prefix for a benchmark run, so benchmarks never touch real data.
import { applyPendingMigrations, dropDatabase, ensureDatabase } from "@tidemark/db/migrate";
import { deleteRedisPrefix } from "@tidemark/testing";
import { env } from "./env.ts";

export interface BenchTargets {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
}

export function benchTargets(name: string, baseDatabaseUrl: string, redisUrl: string): BenchTargets {
  // TIDEMARK_TEST_NAMESPACE keeps two checkouts' benchmarks on one machine out of each other's way.
  const ns = (env.TIDEMARK_TEST_NAMESPACE ?? "").replace(/[^a-z0-9]+/gi, "_").toLowerCase();
  const suffix = ns ? `${name}_${ns}` : name;
  const url = new URL(baseDatabaseUrl);
  url.pathname = `/tidemark_bench_${suffix}`;
  return { databaseUrl: url.toString(), redisUrl, redisPrefix: `tidemark-bench-${suffix}` };
}

export async function freshBenchDatabase(t: BenchTargets): Promise<void> {
  await dropDatabase(t.databaseUrl);
  await ensureDatabase(t.databaseUrl);
  await applyPendingMigrations(t.databaseUrl);
  await deleteRedisPrefix(t.redisUrl, t.redisPrefix);
}

export async function dropBenchDatabase(t: BenchTargets): Promise<void> {
  await dropDatabase(t.databaseUrl);
  await deleteRedisPrefix(t.redisUrl, t.redisPrefix);
}
