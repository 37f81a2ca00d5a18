import { prisma } from "@tidemark/db";
import { createRedisConnection, Producer, QUEUES } from "@tidemark/queue";
import { deleteRedisPrefix, truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { submitUrls } from "../src/index.ts";

const producer = new Producer();

beforeEach(async () => {
  await truncateAllTables(prisma);
  await deleteRedisPrefix(process.env.REDIS_URL ?? "", process.env.REDIS_PREFIX ?? "");
});

afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

describe("submitUrls", () => {
  it("creates a queued article per new URL and wakes a worker for it", async () => {
    const { outcomes, queueWarning } = await submitUrls(prisma, producer, [
      "https://example.com/a?utm_source=x",
    ]);
    expect(queueWarning).toBeUndefined();
    const [first] = outcomes;
    expect(first?.outcome).toBe("created");
    if (first?.outcome !== "created") return;
    expect(first.normalizedUrl).toBe("https://example.com/a");
    expect(first.queued).toBe(true);

    const row = await prisma.article.findUniqueOrThrow({ where: { id: first.articleId } });
    expect(row.status).toBe("queued");
    expect(row.submittedUrl).toBe("https://example.com/a?utm_source=x");
    expect(await producer.hasLiveJob(QUEUES.ingest, first.articleId)).toBe(true);
    const [job] = await producer.queue(QUEUES.ingest).getWaiting();
    expect(job?.data).toEqual({ articleId: first.articleId, reason: "intake", hostWaits: 0 });
  });

  it("reports invalid, in-batch duplicate and existing duplicate with reasons, in input order", async () => {
    await submitUrls(prisma, producer, ["https://example.com/old"]);
    const { outcomes } = await submitUrls(prisma, producer, [
      "not a url",
      "https://example.com/new#frag",
      "HTTPS://EXAMPLE.com/new",
      "https://example.com/old?fbclid=1",
    ]);
    expect(outcomes.map((o) => o.outcome)).toEqual(["invalid", "created", "duplicate", "duplicate"]);
    const [, created, again, old] = outcomes;
    if (created?.outcome !== "created" || again?.outcome !== "duplicate" || old?.outcome !== "duplicate")
      return;
    expect(again.articleId).toBe(created.articleId);
    expect(again.reason).toMatch(/earlier in this submission/);
    expect(old.reason).toMatch(/already added/);
    expect(await prisma.article.count()).toBe(2);
  });

  it("treats a URL that is an existing article's canonical URL as a duplicate of it", async () => {
    const kept = await prisma.article.create({
      data: {
        submittedUrl: "https://example.com/amp/story",
        normalizedUrl: "https://example.com/amp/story",
        canonicalUrl: "https://example.com/story",
      },
    });
    const { outcomes } = await submitUrls(prisma, producer, ["https://example.com/story"]);
    expect(outcomes[0]).toMatchObject({ outcome: "duplicate", articleId: kept.id });
    expect(await prisma.article.count()).toBe(1);
  });

  it("keeps the article in Postgres and warns when the queue is unreachable", async () => {
    // Nothing listens on port 1: every Redis command fails at once.
    const deadRedis = createRedisConnection("producer", "redis://127.0.0.1:1");
    const offline = new Producer({ connection: deadRedis });
    try {
      const { outcomes, queueWarning } = await submitUrls(prisma, offline, ["https://example.com/offline"]);
      expect(outcomes[0]).toMatchObject({ outcome: "created", queued: false });
      expect(queueWarning).toMatch(/worker will pick these up/);
      expect(await prisma.article.count({ where: { status: "queued" } })).toBe(1);
    } finally {
      await offline.close();
      deadRedis.disconnect();
    }
  });
});
