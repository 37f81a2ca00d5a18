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

  it("keeps one live job per id, and lets finished work run again", async () => {
    const queue = producer.queue(QUEUES.ingest);
    expect(await producer.enqueue("ingestArticle", { articleId }, { jobId: articleId })).toBe(true);
    expect(
      await producer.enqueue("ingestArticle", { articleId, reason: "reingest" }, { jobId: articleId }),
    ).toBe(false);
    expect(await queue.getWaitingCount()).toBe(1);

    // A real worker fails the job permanently.
    const connection = createRedisConnection("worker");
    const failed = new Promise<void>((resolve) => {
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
    await failed;
    expect(await (await queue.getJob(articleId))?.getState()).toBe("failed");

    expect(
      await producer.enqueue("ingestArticle", { articleId, reason: "retry" }, { jobId: articleId }),
    ).toBe(true);
    const again = await queue.getJob(articleId);
    expect(await again?.getState()).toBe("waiting");
    expect(again?.data).toEqual({ articleId, reason: "retry" });
  });
});

describe("Producer.liveJobIds", () => {
  it("counts waiting and delayed jobs as live, finished and missing ones as not", async () => {
    const ids = [1, 2, 3, 4, 5].map((n) => `01900000-0000-7000-8000-00000000010${n}`);
    const [done, failed, waiting, delayed, missing] = ids as [string, string, string, string, string];
    for (const id of [done, failed])
      await producer.enqueue("ingestArticle", { articleId: id }, { jobId: id });

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
    await producer.enqueue("ingestArticle", { articleId: waiting }, { jobId: waiting });
    await producer.enqueue("ingestArticle", { articleId: delayed }, { jobId: delayed, delay: 60_000 });

    expect(await producer.liveJobIds(QUEUES.ingest, ids)).toEqual(new Set([waiting, delayed]));
    expect(await producer.hasLiveJob(QUEUES.ingest, missing)).toBe(false);
    expect(await producer.hasLiveJob(QUEUES.ingest, delayed)).toBe(true);
  });
});

describe("Producer.enqueueMany", () => {
  it("adds only ids without a live job, re-adds finished ones, and validates every payload", async () => {
    const ids = [1, 2, 3].map((n) => `01900000-0000-7000-8000-00000000020${n}`);
    const [live, finished, fresh] = ids as [string, string, string];
    await producer.enqueue("ingestArticle", { articleId: live }, { jobId: live, delay: 60_000 });
    await producer.enqueue("ingestArticle", { articleId: finished }, { jobId: finished });
    const connection = createRedisConnection("worker");
    await new Promise<void>((resolve) => {
      const worker = new Worker(QUEUES.ingest, async () => {}, {
        connection,
        prefix: process.env.REDIS_PREFIX ?? "",
      });
      worker.on("completed", async () => {
        await worker.close();
        await connection.quit();
        resolve();
      });
    });

    const added = await producer.enqueueMany(
      "ingestArticle",
      ids.map((articleId) => ({ jobId: articleId, payload: { articleId, reason: "reingest" as const } })),
    );
    expect(added).toEqual(new Set([finished, fresh]));
    const queue = producer.queue(QUEUES.ingest);
    expect(await (await queue.getJob(finished))?.getState()).toBe("waiting");
    expect((await queue.getJob(fresh))?.data).toEqual({ articleId: fresh, reason: "reingest" });
    expect(await (await queue.getJob(live))?.getState()).toBe("delayed");

    await expect(
      producer.enqueueMany("ingestArticle", [{ jobId: "x", payload: { articleId: "not-a-uuid" } }]),
    ).rejects.toThrow(/uuid/i);
  });
});
