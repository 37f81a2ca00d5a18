// What the reconciler and the timer watch recover, called in-process against real Postgres and
// Redis: tagging lost to a Redis outage or flush, an article whose job keeps dying, and timers
// lost when Redis restarts under running workers.
import { prisma } from "@tidemark/db";
import { submitDocuments } from "@tidemark/intake";
import { createRedisConnection, Producer, QUEUES } from "@tidemark/queue";
import { createSchedule, schedulerId } from "@tidemark/schedules";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import type { Job } from "bullmq";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ingestArticle } from "../src/handlers/ingest-article.ts";
import { reconcile } from "../src/handlers/reconcile.ts";
import { tagJobId } from "../src/handlers/tag-job-id.ts";
import { GIVE_UP_AFTER_ATTEMPTS } from "../src/reconcile/ingest.ts";
import { checkTimers, RECONCILE_TIMER } from "../src/timers.ts";
import { handlerContext } from "./support/handler-context.ts";

const producer = new Producer();
const ctx = handlerContext(producer);
const flushRedis = resetTestRedis;
const TEXT = "Huawei opens a plant\n\nHuawei said on Monday it would open a new plant in France next year.";
const timerSettings = { everyMs: 60_000, staleAfterMs: 0 };

beforeEach(async () => {
  await truncateAllTables(prisma);
  await flushRedis();
});
afterAll(async () => {
  await ctx.close();
  await producer.close();
  await prisma.$disconnect();
});

async function submitted(): Promise<string> {
  await submitDocuments(prisma, producer, [{ key: "t/huawei.txt", content: TEXT, format: "text" }]);
  return (await prisma.article.findFirstOrThrow({ select: { id: true } })).id;
}

/** The handler only reads these two fields of the BullMQ job. */
const firstAttempt = { opts: { attempts: 5 }, attemptsMade: 0 } as unknown as Job;

describe("recovery", () => {
  it("keeps an extraction when Redis fails at the tagging step, and the reconciler tags it later", async () => {
    const articleId = await submitted();
    const deadRedis = createRedisConnection("producer", "redis://127.0.0.1:1", () => {});
    const offline = new Producer({ connection: deadRedis, connectTimeoutMs: 200 });
    try {
      const result = await ingestArticle({ articleId, reason: "intake" }, firstAttempt, {
        ...ctx,
        producer: offline,
      });
      expect(result.outcome).toBe("extracted");
    } finally {
      await offline.close();
      deadRedis.disconnect();
    }
    const stored = await prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(stored.status).toBe("extracted");
    expect(stored.contentHash).not.toBeNull();
    expect(stored.taggedHash).toBeNull();

    const summary = await reconcile({ staleAfterMs: 0 }, ctx);
    expect(summary.taggingRequeued).toBe(1);
    const job = await producer.queue(QUEUES.themes).getJob(tagJobId(articleId, stored.contentHash ?? ""));
    expect(job?.data).toEqual({ articleId });
    // A second pass finds the live job and adds nothing.
    expect((await reconcile({ staleAfterMs: 0 }, ctx)).taggingRequeued).toBe(0);
  });

  it("gives up on an article whose job keeps disappearing, with a reason", async () => {
    const articleId = await submitted();
    await flushRedis();
    await prisma.article.update({ where: { id: articleId }, data: { attempts: GIVE_UP_AFTER_ATTEMPTS } });
    const summary = await reconcile({ staleAfterMs: 0 }, ctx);
    expect(summary).toMatchObject({ gaveUp: 1, requeued: 0 });
    const article = await prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article.status).toBe("failed");
    expect(article.failureCode).toBe("gave_up");
    expect(article.failureMessage).toMatch(/Gave up after 25 attempts/);
  });

  it("re-enqueues a lost ingest job below the limit", async () => {
    const articleId = await submitted();
    await flushRedis();
    expect(await reconcile({ staleAfterMs: 0 }, ctx)).toMatchObject({ requeued: 1, gaveUp: 0 });
    expect(await producer.hasLiveJob(QUEUES.ingest, articleId)).toBe(true);
  });

  it("restores the reconcile timer and schedule timers after Redis lost them under a running worker", async () => {
    const { schedule } = await createSchedule(prisma, producer, {
      name: "hourly",
      kind: "reingest",
      intervalSeconds: 3600,
      params: { scope: "all" },
    });
    const deps = { db: prisma, producer, logger: ctx.logger };
    const maintenance = producer.queue(QUEUES.maintenance);
    expect((await checkTimers(deps, timerSettings)).reconcileTimerRestored).toBe(true);
    expect(await checkTimers(deps, timerSettings)).toEqual({
      reconcileTimerRestored: false,
      schedules: { set: 0, removed: 0 },
    });

    await flushRedis();
    const repaired = await checkTimers(deps, timerSettings);
    expect(repaired).toEqual({ reconcileTimerRestored: true, schedules: { set: 1, removed: 0 } });
    expect(await maintenance.getJobScheduler(RECONCILE_TIMER)).toMatchObject({ every: 60_000 });
    expect(await maintenance.getJobScheduler(schedulerId(schedule.id))).toMatchObject({ every: 3_600_000 });
    expect(await producer.hasLiveJob(QUEUES.maintenance, "reconcile-after-redis-loss")).toBe(true);
  });
});
