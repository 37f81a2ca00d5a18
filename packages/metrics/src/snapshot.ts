// Workers publish their metrics through Redis, where the web app (any instance) reads them: one
// key per worker process holding its registry as JSON, refreshed every few seconds and expiring
// when the process is gone, plus a sorted set of worker ids by last publish time. Every key shares
// the {metrics} hash tag, so the whole read is one slot on a Redis Cluster.
import type { Redis } from "ioredis";
import {
  AggregatorRegistry,
  type MetricObjectWithValues,
  type MetricValue,
  type Registry,
} from "prom-client";
import { z } from "zod";

/** A worker that has not published for this long is no longer listed. */
export const SNAPSHOT_TTL_MS = 60_000;

const keys = (prefix: string) => ({
  workers: `${prefix}:{metrics}:workers`,
  worker: (id: string) => `${prefix}:{metrics}:worker:${id}`,
});

export async function publishSnapshot(
  redis: Redis,
  prefix: string,
  workerId: string,
  registry: Registry,
): Promise<void> {
  const k = keys(prefix);
  const json = JSON.stringify(await registry.getMetricsAsJSON());
  await redis
    .multi()
    .set(k.worker(workerId), json, "PX", SNAPSHOT_TTL_MS)
    .zadd(k.workers, Date.now(), workerId)
    .zremrangebyscore(k.workers, "-inf", Date.now() - SNAPSHOT_TTL_MS)
    .exec();
}

/** Publishes now and every `everyMs` until stopped; a failed publish is reported, not thrown. */
export function startPublishing(
  redis: Redis,
  prefix: string,
  workerId: string,
  registry: Registry,
  onError: (error: unknown) => void,
  everyMs = 5_000,
): { stop(): Promise<void> } {
  const publish = () => publishSnapshot(redis, prefix, workerId, registry).catch(onError);
  void publish();
  const timer = setInterval(publish, everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await publish();
    },
  };
}

const metricJson = z.array(
  z.looseObject({ name: z.string(), help: z.string(), type: z.string(), values: z.array(z.unknown()) }),
);

/** Every live worker's metrics merged into one registry (series keep their worker label). */
export async function readWorkerMetrics(
  redis: Redis,
  prefix: string,
): Promise<{ registry: Registry; workers: number }> {
  const k = keys(prefix);
  const ids = await redis.zrangebyscore(k.workers, Date.now() - SNAPSHOT_TTL_MS, "+inf");
  const raw = ids.length > 0 ? await redis.mget(ids.map((id) => k.worker(id))) : [];
  const snapshots: MetricObjectWithValues<MetricValue<string>>[][] = [];
  for (const text of raw) {
    if (text === null) continue; // expired between the two reads
    const parsed = metricJson.safeParse(safeJson(text));
    // A snapshot from another release that does not parse is skipped, not fatal for the scrape.
    if (parsed.success)
      snapshots.push(parsed.data as unknown as MetricObjectWithValues<MetricValue<string>>[]);
  }
  return { registry: AggregatorRegistry.aggregate(snapshots), workers: snapshots.length };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
