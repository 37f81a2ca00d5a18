// Everything /api/metrics serves, in Prometheus text format: what each worker published (job and
// stage durations, fetch outcomes, database timings, concurrency), and what is measured at scrape
// time (queue depths from BullMQ, the ingest rate and a database round trip from Postgres).
import type { Db } from "@tidemark/db";
import type { Redis } from "ioredis";
import { Gauge, Registry } from "prom-client";
import { recentIngestRate } from "./ingest-rate-query.ts";
import { readWorkerMetrics } from "./snapshot.ts";

export interface ScrapeSources {
  db: Db;
  redis: Redis;
  redisPrefix: string;
  /** Job counts per queue and state (BullMQ); throws when Redis is unreachable. */
  queueCounts: () => Promise<{ queue: string; counts: Record<string, number> }[]>;
}

export interface Scrape {
  contentType: string;
  body: string;
  /** Why the Redis part is missing (tidemark_redis_up 0), for the caller to log. */
  redisError: string | null;
}

export async function scrapeMetrics(sources: ScrapeSources): Promise<Scrape> {
  const local = new Registry();
  const registers = [local];
  const redisUp = new Gauge({
    name: "tidemark_redis_up",
    help: "1 when Redis answered this scrape.",
    registers,
  });
  const workers = new Gauge({
    name: "tidemark_workers",
    help: "Worker processes that published metrics in the last minute.",
    registers,
  });
  const queueJobs = new Gauge({
    name: "tidemark_queue_jobs",
    help: "Jobs per queue and state (waiting, active, delayed, prioritized, failed, completed).",
    labelNames: ["queue", "state"],
    registers,
  });
  const dbPing = new Gauge({
    name: "tidemark_db_ping_seconds",
    help: "Time of one database round trip (SELECT 1) from the web app at scrape time.",
    registers,
  });
  const ingestRate = new Gauge({
    name: "tidemark_ingest_rate_per_second",
    help: "Articles extracted per second over the last 5 finished minutes, all workers (from Postgres).",
    registers,
  });

  const started = performance.now();
  await sources.db.$queryRaw`SELECT 1`;
  dbPing.set((performance.now() - started) / 1000);
  ingestRate.set(await recentIngestRate(sources.db));

  let fromWorkers: Registry | null = null;
  let redisError: string | null = null;
  try {
    for (const { queue, counts } of await sources.queueCounts()) {
      for (const [state, n] of Object.entries(counts)) queueJobs.set({ queue, state }, n);
    }
    const read = await readWorkerMetrics(sources.redis, sources.redisPrefix);
    fromWorkers = read.registry;
    workers.set(read.workers);
    redisUp.set(1);
  } catch (error) {
    // Redis down is itself the measurement: tidemark_redis_up 0, not a failed scrape.
    redisUp.set(0);
    redisError = error instanceof Error ? error.message : String(error);
  }
  const merged = fromWorkers ? Registry.merge([fromWorkers, local]) : local;
  return { contentType: merged.contentType, body: await merged.metrics(), redisError };
}
