// What the reconciler and the timer watch recover, called in-process against real Postgres and
// Redis: tagging lost to a Redis outage or flush, an article whose job keeps dying, and timers
// lost when Redis restarts under running workers.
import { requestRefetch } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { submitDocuments } from "@tidemark/intake";
import { createRedisConnection, Producer, QUEUES } from "@tidemark/queue";
import { createSchedule, schedulerId } from "@tidemark/schedules";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import { createTheme } from "@tidemark/themes";
import { backfillJobId, planBackfill } from "@tidemark/themes/backfill";
import { tagArticle } from "@tidemark/themes/tagging";
import type { Job } from "bullmq";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { backfillTheme } from "../src/handlers/backfill-theme.ts";
import { ingestArticle } from "../src/handlers/ingest-article.ts";
import { reconcile } from "../src/handlers/reconcile.ts";
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
  it("tags in the store transaction, so Redis failing after the store loses nothing; the reconciler wakes the grouping later", async () => {
    await createTheme(prisma, producer, { name: "Huawei", definition: "huawei" });
    const articleId = await submitted();
    const deadRedis = createRedisConnection("producer", "redis://127.0.0.1:1", () => {});
    const offline = new Producer({ connection: deadRedis, connectTimeoutMs: 200 });
    try {
      const result = await ingestArticle({ articleId, reason: "intake", hostWaits: 0 }, firstAttempt, {
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
    // Tagged with the store: nothing tag-pending, the hit and its aggregate already there.
    expect(stored.taggedHash).toBe(stored.contentHash);
    expect(await prisma.articleThemeHit.count({ where: { articleId } })).toBe(1);
    await flushRedis();
    const summary = await reconcile({ staleAfterMs: 0 }, ctx);
    expect(summary.taggingRequeued).toBe(0);
    // The grouping that the (failed) wake-up asked for is owed in Postgres and found.
    expect(summary.groupingRequeued).toBe(1);
  });

  it("stores the text tag-pending when the themes cannot be matched during ingest, and a tag job follows", async () => {
    // A stored version that does not parse (cannot happen through the API) makes matching throw.
    const theme = await createTheme(prisma, producer, { name: "Huawei", definition: "huawei" });
    await prisma.$executeRaw`
      UPDATE theme_versions SET definition = 'huawei AND (' WHERE id = ${theme.versionId}::uuid`;
    const articleId = await submitted();
    await flushRedis();
    const result = await ingestArticle({ articleId, reason: "intake", hostWaits: 0 }, firstAttempt, ctx);
    expect(result.outcome).toBe("extracted");
    expect(result.tagged).toBe("queued");
    const stored = await prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(stored.status).toBe("extracted");
    expect(stored.taggedHash).toBeNull();
    expect(await producer.hasLiveJob(QUEUES.themes, articleId)).toBe(true);
    // Lost as well: the reconciler finds the tag-pending text and wakes it once.
    await flushRedis();
    expect((await reconcile({ staleAfterMs: 0 }, ctx)).taggingRequeued).toBe(1);
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
      schedules: { set: 0, removed: 0, caughtUp: 0 },
    });

    await flushRedis();
    const repaired = await checkTimers(deps, timerSettings);
    expect(repaired).toEqual({
      reconcileTimerRestored: true,
      schedules: { set: 1, removed: 0, caughtUp: 0 },
    });
    expect(await maintenance.getJobScheduler(RECONCILE_TIMER)).toMatchObject({ every: 60_000 });
    expect(await maintenance.getJobScheduler(schedulerId(schedule.id))).toMatchObject({ every: 3_600_000 });
    expect(await producer.hasLiveJob(QUEUES.maintenance, "reconcile-after-redis-loss")).toBe(true);
  });

  it("keeps a re-fetch asked for while Redis is down in Postgres, and the reconciler runs it", async () => {
    const articleId = await submitted();
    await ingestArticle({ articleId, reason: "intake", hostWaits: 0 }, firstAttempt, ctx);
    await flushRedis();
    // File articles have no page; make this one a web article that was fetched before.
    await prisma.article.update({ where: { id: articleId }, data: { intake: "url" } });
    const { offline, close } = offlineProducer();
    try {
      const report = await requestRefetch(prisma, offline, [articleId]);
      expect(report.requested).toEqual([articleId]);
      expect(report.queueError).toMatch(/job queue/);
    } finally {
      await close();
    }
    const owed = await prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(owed.refetchRequestedAt).not.toBeNull();
    expect(owed.status).toBe("extracted");
    expect(await reconcile({ staleAfterMs: 0 }, ctx)).toMatchObject({ requeued: 1 });
    expect(await producer.hasLiveJob(QUEUES.ingest, articleId)).toBe(true);
  });

  it("does nothing for a stale wake-up: an ingest job with no ingest owed is skipped", async () => {
    const articleId = await submitted();
    const first = await ingestArticle({ articleId, reason: "intake", hostWaits: 0 }, firstAttempt, ctx);
    expect(first.outcome).toBe("extracted");
    const before = await prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    const again = await ingestArticle({ articleId, reason: "reconcile", hostWaits: 0 }, firstAttempt, ctx);
    expect(again.outcome).toBe("skipped");
    const after = await prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(after.attempts).toBe(before.attempts);
  });

  it("records tagged_hash under the row lock, so a tag job on old text cannot hide the new text", async () => {
    const articleId = await submitted();
    await ingestArticle({ articleId, reason: "intake", hostWaits: 0 }, firstAttempt, ctx);
    await tagArticle(prisma, articleId);
    const tagged = await prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(tagged.taggedHash).toBe(tagged.contentHash);
    // New text lands (as a re-ingest would store it): tagging is owed again until a tag job runs.
    await prisma.article.update({ where: { id: articleId }, data: { contentHash: "f".repeat(64) } });
    await flushRedis();
    const pending = await reconcile({ staleAfterMs: 0 }, ctx);
    expect(pending.taggingRequeued).toBe(1);
    await tagArticle(prisma, articleId);
    const retagged = await prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(retagged.taggedHash).toBe("f".repeat(64));
  });

  it("commits a theme version with its backfill row, so a queue outage cannot strand the version", async () => {
    const { offline, close } = offlineProducer();
    let backfillId: string;
    try {
      ({ backfillId } = await createTheme(prisma, offline, { name: "Huawei", definition: "huawei" }));
    } finally {
      await close();
    }
    const row = await prisma.themeBackfill.findUniqueOrThrow({ where: { id: backfillId } });
    expect(row.status).toBe("queued");
    expect(await reconcile({ staleAfterMs: 0 }, ctx)).toMatchObject({ backfillsRequeued: 1 });
    expect(await producer.hasLiveJob(QUEUES.themes, backfillId)).toBe(true);
  });

  it("hands each part of a backfill to its own job, re-enqueues parts Redis lost, and ends it once", async () => {
    for (let i = 0; i < 8; i += 1)
      await submitDocuments(prisma, producer, [
        {
          key: `t/h${i}.txt`,
          content: `Huawei item ${i}\n\nHuawei news number ${i} for the day.`,
          format: "text",
        },
      ]);
    for (const a of await prisma.article.findMany({ select: { id: true } }))
      await ingestArticle({ articleId: a.id, reason: "intake", hostWaits: 0 }, firstAttempt, ctx);
    const { backfillId } = await createTheme(prisma, producer, { name: "Huawei", definition: "huawei item" });
    // Planned as the planning job would for a large corpus (small parts so 8 articles make 2).
    await planBackfill(prisma, backfillId, { maxParts: 2, minPartCandidates: 4 });
    await flushRedis();
    expect(await backfillTheme({ backfillId }, ctx)).toMatchObject({
      outcome: "backfill parts enqueued",
      parts: 2,
    });
    const partJobs = [backfillJobId(backfillId, 0), backfillJobId(backfillId, 1)];
    expect([...(await producer.liveJobIds(QUEUES.themes, partJobs))].sort()).toEqual(partJobs);

    await flushRedis();
    expect(await reconcile({ staleAfterMs: 0 }, ctx)).toMatchObject({ backfillsRequeued: 2 });
    expect([...(await producer.liveJobIds(QUEUES.themes, partJobs))].sort()).toEqual(partJobs);

    expect(await backfillTheme({ backfillId, part: 0 }, ctx)).toMatchObject({
      outcome: "backfill part finished",
    });
    expect((await prisma.themeBackfill.findUniqueOrThrow({ where: { id: backfillId } })).status).toBe(
      "running",
    );
    await backfillTheme({ backfillId, part: 1 }, ctx);
    const row = await prisma.themeBackfill.findUniqueOrThrow({ where: { id: backfillId } });
    expect(row).toMatchObject({ status: "done", total: 8, done: 8, matched: 8 });
    // Nothing is owed any more: the reconciler enqueues nothing.
    await flushRedis();
    expect(await reconcile({ staleAfterMs: 0 }, ctx)).toMatchObject({ backfillsRequeued: 0 });
  });
});

function offlineProducer() {
  const deadRedis = createRedisConnection("producer", "redis://127.0.0.1:1", () => {});
  const offline = new Producer({ connection: deadRedis, connectTimeoutMs: 200 });
  return {
    offline,
    close: async () => {
      await offline.close();
      deadRedis.disconnect();
    },
  };
}
