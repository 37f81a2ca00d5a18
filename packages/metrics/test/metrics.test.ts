// Metrics end to end against the real Redis and Postgres: what two worker processes publish is
// served as one Prometheus text with each worker's series, and their per-minute totals add up in
// Postgres for the Health page.
import { prisma } from "@tidemark/db";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import { Redis } from "ioredis";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  createWorkerMetrics,
  ingestHistory,
  MinuteTotals,
  publishSnapshot,
  readWorkerMetrics,
  recordMinutes,
  scrapeMetrics,
} from "../src/index.ts";

const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
const prefix = process.env.REDIS_PREFIX ?? "tidemark-test-metrics";

beforeEach(async () => {
  await resetTestRedis();
  await truncateAllTables(prisma);
});
afterAll(async () => {
  redis.disconnect();
  await prisma.$disconnect();
});

describe("worker metrics through Redis", () => {
  it("serves every live worker's series, labelled by worker, merged into one exposition", async () => {
    const a = createWorkerMetrics("worker-a");
    const b = createWorkerMetrics("worker-b");
    a.stageSeconds.observe({ stage: "fetch" }, 0.02);
    a.stageSeconds.observe({ stage: "fetch" }, 0.04);
    b.stageSeconds.observe({ stage: "fetch" }, 0.5);
    a.fetchResponses.inc({ code: "200" }, 3);
    b.fetchResponses.inc({ code: "404" });
    await publishSnapshot(redis, prefix, "worker-a", a.registry);
    await publishSnapshot(redis, prefix, "worker-b", b.registry);

    const { registry, workers } = await readWorkerMetrics(redis, prefix);
    expect(workers).toBe(2);
    const text = await registry.metrics();
    expect(text).toContain('tidemark_fetch_responses_total{code="200",worker="worker-a"} 3');
    expect(text).toContain('tidemark_fetch_responses_total{code="404",worker="worker-b"} 1');
    expect(text).toContain('tidemark_ingest_stage_seconds_count{stage="fetch",worker="worker-a"} 2');
    expect(text).toMatch(/tidemark_ingest_stage_seconds_sum\{stage="fetch",worker="worker-b"\} 0\.5\b/);
    // One TYPE line per family, as Prometheus requires.
    expect(text.match(/# TYPE tidemark_ingest_stage_seconds histogram/g)).toHaveLength(1);
  });

  it("adds scrape-time gauges (queues, ingest rate, database) and reports Redis down instead of failing", async () => {
    const totals = new MinuteTotals();
    const twoMinutesAgo = Date.now() - 120_000;
    for (let i = 0; i < 90; i += 1) {
      totals.ingestJob(
        { outcome: "extracted", jobMs: 100, stages: { fetchMs: 40, storeMs: 20 } },
        twoMinutesAgo,
      );
    }
    await recordMinutes(prisma, totals.take(true));
    const scrape = await scrapeMetrics({
      db: prisma,
      redis,
      redisPrefix: prefix,
      queueCounts: async () => [{ queue: "ingest", counts: { waiting: 7, active: 2 } }],
    });
    expect(scrape.redisError).toBeNull();
    expect(scrape.body).toContain('tidemark_queue_jobs{queue="ingest",state="waiting"} 7');
    expect(scrape.body).toContain("tidemark_redis_up 1");
    // 90 extracted in the last 5 finished minutes: 0.3 per second.
    expect(scrape.body).toContain("tidemark_ingest_rate_per_second 0.3");
    expect(scrape.body).toMatch(/tidemark_db_ping_seconds \d/);

    const down = await scrapeMetrics({
      db: prisma,
      redis,
      redisPrefix: prefix,
      queueCounts: async () => {
        throw new Error("connect ECONNREFUSED");
      },
    });
    expect(down.redisError).toMatch(/ECONNREFUSED/);
    expect(down.body).toContain("tidemark_redis_up 0");
  });
});

describe("per-minute ingest totals", () => {
  it("adds every worker's minutes into the same rows and reports throughput and mean stage times", async () => {
    // The start of a 10-minute bucket an hour ago (buckets are aligned to 10 minutes).
    const minute = Math.floor((Date.now() - 3_600_000) / 600_000) * 600_000;
    const workerA = new MinuteTotals();
    const workerB = new MinuteTotals();
    for (let i = 0; i < 30; i += 1)
      workerA.ingestJob({ outcome: "extracted", jobMs: 100, stages: { fetchMs: 60, extractMs: 10 } }, minute);
    for (let i = 0; i < 10; i += 1)
      workerB.ingestJob({ outcome: "failed", jobMs: 300, stages: { fetchMs: 280 } }, minute + 61_000);
    workerB.tagJob(50, minute);
    await recordMinutes(prisma, workerA.take(true));
    await recordMinutes(prisma, workerB.take(true));
    const history = await ingestHistory(prisma, 6, 10);
    expect(history).toHaveLength(1);
    const [bucket] = history;
    expect(bucket).toMatchObject({ jobs: 40, extracted: 30, failed: 10, tagJobs: 1, jobMsMax: 300 });
    expect(bucket?.perSecond).toBeCloseTo(30 / 600);
    expect(bucket?.jobMs).toBe((30 * 100 + 10 * 300) / 40);
    expect(bucket?.fetchMs).toBe((30 * 60 + 10 * 280) / 40);
  });

  it("keeps rows a failed write could not store, for the next flush", () => {
    const totals = new MinuteTotals();
    totals.ingestJob({ outcome: "extracted", jobMs: 10, stages: {} }, 60_000);
    const rows = totals.take(true);
    expect(totals.take(true)).toHaveLength(0);
    totals.restore(rows);
    totals.ingestJob({ outcome: "extracted", jobMs: 30, stages: {} }, 60_000);
    const [row] = totals.take(true);
    expect(row).toMatchObject({ jobs: 2, extracted: 2, jobMsSum: 40, jobMsMax: 30 });
  });
});
