import { resetTestRedis } from "@tidemark/testing";
import { UnrecoverableError, Worker } from "bullmq";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  createRedisConnection,
  DEFAULT_JOB_OPTIONS,
  JOBS,
  jobKeyForName,
  Producer,
  QUEUES,
  waitForRedis,
} from "../src/index.ts";

const producer = new Producer();
const articleId = "01900000-0000-7000-8000-000000000001";

beforeEach(() => resetTestRedis());
afterAll(() => producer.close());

describe("job contracts", () => {
  it("maps every job name back to its registry key", () => {
    for (const [key, job] of Object.entries(JOBS)) expect(jobKeyForName(job.name)).toBe(key);
    expect(jobKeyForName("no-such-job")).toBeUndefined();
  });

  it("freezes the default job options so no caller can change them for everyone", () => {
    expect(Object.isFrozen(DEFAULT_JOB_OPTIONS)).toBe(true);
    expect(() => {
      (DEFAULT_JOB_OPTIONS as { attempts?: number }).attempts = 99;
    }).toThrow(TypeError);
  });
});

describe("Producer.enqueue", () => {
  it("rejects a payload that breaks the contract before it reaches Redis", async () => {
    await expect(producer.enqueue("ingestArticle", { articleId: "not-a-uuid" })).rejects.toThrow(/uuid/i);
    expect(await producer.queue(QUEUES.ingest).count()).toBe(0);
  });

  it("keeps one waiting job per work id, and lets finished work run again", async () => {
    const queue = producer.queue(QUEUES.ingest);
    expect(await producer.enqueue("ingestArticle", { articleId }, { dedupeId: articleId })).toBe(true);
    expect(
      await producer.enqueue("ingestArticle", { articleId, reason: "reingest" }, { dedupeId: articleId }),
    ).toBe(false);
    expect(await queue.getWaitingCount()).toBe(1);

    // A real worker fails the job permanently.
    const connection = createRedisConnection("worker");
    await new Promise<void>((resolve) => {
      const worker = new Worker(
        QUEUES.ingest,
        async () => {
          throw new UnrecoverableError("boom");
        },
        { connection, prefix: process.env.REDIS_PREFIX ?? "" },
      );
      worker.on("failed", async () => {
        await worker.close();
        await connection.quit();
        resolve();
      });
    });
    expect(await queue.getFailedCount()).toBe(1);
    expect(await producer.hasLiveJob(QUEUES.ingest, articleId)).toBe(false);

    expect(
      await producer.enqueue("ingestArticle", { articleId, reason: "retry" }, { dedupeId: articleId }),
    ).toBe(true);
    const [again] = await queue.getWaiting();
    expect(again?.data).toEqual({ articleId, reason: "retry", hostWaits: 0 });
  });

  it("never drops a request made while the job runs: one follow-up job runs after it with the latest data", async () => {
    const queue = producer.queue(QUEUES.ingest);
    await producer.enqueue("ingestArticle", { articleId }, { dedupeId: articleId });
    const connection = createRedisConnection("worker");
    const seen: string[] = [];
    let releaseFirst: () => void = () => {};
    const firstRunning = new Promise<void>((started) => {
      const gate = new Promise<void>((release) => {
        releaseFirst = release;
      });
      const worker = new Worker(
        QUEUES.ingest,
        async (job) => {
          seen.push(job.data.reason);
          if (seen.length === 1) {
            started();
            await gate;
          }
        },
        { connection, prefix: process.env.REDIS_PREFIX ?? "" },
      );
      worker.on("completed", async () => {
        if (seen.length < 2) return;
        await worker.close();
        await connection.quit();
      });
    });
    await firstRunning;
    // Two requests while the first job runs: both are kept as one follow-up, the latest data wins.
    await producer.enqueue("ingestArticle", { articleId, reason: "retry" }, { dedupeId: articleId });
    await producer.enqueue("ingestArticle", { articleId, reason: "reingest" }, { dedupeId: articleId });
    expect(await producer.hasLiveJob(QUEUES.ingest, articleId)).toBe(true);
    releaseFirst();
    await waitUntil(async () => (await queue.getCompletedCount()) === 2);
    expect(seen).toEqual(["intake", "reingest"]);
  });
});

describe("Producer.liveJobIds", () => {
  it("counts waiting and delayed jobs as live, finished and missing ones as not", async () => {
    const ids = [1, 2, 3, 4, 5].map((n) => `01900000-0000-7000-8000-00000000010${n}`);
    const [done, failed, waiting, delayed, missing] = ids as [string, string, string, string, string];
    for (const id of [done, failed])
      await producer.enqueue("ingestArticle", { articleId: id }, { dedupeId: id });

    // A real worker completes one job and fails the other for good.
    const connection = createRedisConnection("worker");
    let finished = 0;
    await new Promise<void>((resolve) => {
      const worker = new Worker(
        QUEUES.ingest,
        async (job) => {
          if (job.data.articleId === failed) throw new UnrecoverableError("boom");
        },
        { connection, prefix: process.env.REDIS_PREFIX ?? "" },
      );
      const settle = async () => {
        finished += 1;
        if (finished < 2) return;
        await worker.close();
        await connection.quit();
        resolve();
      };
      worker.on("completed", settle);
      worker.on("failed", settle);
    });
    await producer.enqueue("ingestArticle", { articleId: waiting }, { dedupeId: waiting });
    await producer.enqueue("ingestArticle", { articleId: delayed }, { dedupeId: delayed, delay: 60_000 });

    expect(await producer.liveJobIds(QUEUES.ingest, ids)).toEqual(new Set([waiting, delayed]));
    expect(await producer.hasLiveJob(QUEUES.ingest, missing)).toBe(false);
    expect(await producer.hasLiveJob(QUEUES.ingest, delayed)).toBe(true);
  });

  it("does not count a deduplication key whose job Redis lost", async () => {
    await producer.enqueue("ingestArticle", { articleId }, { dedupeId: articleId });
    const queue = producer.queue(QUEUES.ingest);
    const [job] = await queue.getWaiting();
    if (!job?.id) throw new Error("no job");
    const redis = createRedisConnection("producer");
    await waitForRedis(redis, 5_000);
    await redis.del(queue.toKey(job.id));
    await redis.quit();
    expect(await producer.hasLiveJob(QUEUES.ingest, articleId)).toBe(false);
    // ...and a new request is not absorbed by the stale key.
    expect(await producer.enqueue("ingestArticle", { articleId }, { dedupeId: articleId })).toBe(true);
  });
});

describe("Producer.enqueueMany", () => {
  it("adds only work without a waiting job, in one bulk, and validates every payload", async () => {
    const ids = [1, 2, 3].map((n) => `01900000-0000-7000-8000-00000000020${n}`);
    const [live, finished, fresh] = ids as [string, string, string];
    await producer.enqueue("ingestArticle", { articleId: live }, { dedupeId: live, delay: 60_000 });
    await producer.enqueue("ingestArticle", { articleId: finished }, { dedupeId: finished });
    const connection = createRedisConnection("worker");
    await new Promise<void>((resolve) => {
      const worker = new Worker(
        QUEUES.ingest,
        async (job) => {
          if (job.data.articleId !== finished) throw new Error("only the finished one should run");
        },
        { connection, prefix: process.env.REDIS_PREFIX ?? "" },
      );
      worker.on("completed", async () => {
        await worker.close();
        await connection.quit();
        resolve();
      });
    });

    const added = await producer.enqueueMany(
      "ingestArticle",
      ids.map((articleId) => ({ dedupeId: articleId, payload: { articleId, reason: "reingest" as const } })),
    );
    expect(added).toEqual(new Set([finished, fresh]));
    const queue = producer.queue(QUEUES.ingest);
    expect((await queue.getWaiting()).map((j) => j.data.articleId).sort()).toEqual([finished, fresh].sort());
    expect(await queue.getDelayedCount()).toBe(1);

    await expect(
      producer.enqueueMany("ingestArticle", [{ dedupeId: "x", payload: { articleId: "not-a-uuid" } }]),
    ).rejects.toThrow(/uuid/i);
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
