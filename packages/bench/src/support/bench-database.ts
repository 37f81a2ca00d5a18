// A throwaway database and Redis prefix for a benchmark run, so benchmarks never touch real data.
import { applyPendingMigrations, dropDatabase, ensureDatabase } from "@tidemark/db/migrate";
import { deleteRedisPrefix } from "@tidemark/testing";

export interface BenchTargets {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
}

export function benchTargets(name: string, baseDatabaseUrl: string, redisUrl: string): BenchTargets {
  const url = new URL(baseDatabaseUrl);
  url.pathname = `/tidemark_bench_${name}`;
  return { databaseUrl: url.toString(), redisUrl, redisPrefix: `tidemark-bench-${name}` };
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
