import { deleteRedisPrefix } from "@tidemark/testing";
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

beforeEach(() => deleteRedisPrefix(process.env.REDIS_URL ?? "", process.env.REDIS_PREFIX ?? ""));
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
