// A filter-wide bulk action run by the worker's handler against real Postgres and Redis: a job
// that dies mid-run (its Redis job lost with it) is found by the reconciler and finishes from
// the last batch it recorded; a job that used up its time slice hands on to a follow-up job.
import { bulkActionJobId, readBulkAction, requestBulkAction } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { Producer, QUEUES } from "@tidemark/queue";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { bulkAction } from "../src/handlers/bulk-action.ts";
import { reconcile } from "../src/handlers/reconcile.ts";
import { handlerContext } from "./support/handler-context.ts";

const producer = new Producer();
const ctx = handlerContext(producer);

beforeEach(async () => {
  await truncateAllTables(prisma);
  await resetTestRedis();
});
afterAll(async () => {
  await ctx.close();
  await producer.close();
  await prisma.$disconnect();
});

const failedOnly = {
  params: { status: ["failed"], source: [], tz: "UTC", sort: "added" as const, limit: 50 },
  themeVersions: [],
};

async function failedArticles(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const url = `https://news.example/failed-${i}`;
    const row = await prisma.article.create({
      data: {
        intake: "url",
        submittedUrl: url,
        normalizedUrl: url,
        status: "failed",
        failureCode: "http_500",
      },
    });
    ids.push(row.id);
  }
  return ids;
}

class Crash extends Error {}

describe("bulk action jobs in the worker", () => {
  it("resumes a delete after the worker died mid-run and Redis lost its job", async () => {
    await failedArticles(7);
    const keep = await prisma.article.create({
      data: {
        intake: "url",
        submittedUrl: "https://news.example/ok",
        normalizedUrl: "https://news.example/ok",
        status: "extracted",
      },
    });
    const { action } = await requestBulkAction(prisma, producer, { kind: "delete", filters: failedOnly });
    await expect(
      bulkAction({ bulkActionId: action.id }, ctx, {
        batchSize: 3,
        afterBatch: async () => {
          throw new Crash("the process was killed");
        },
      }),
    ).rejects.toBeInstanceOf(Crash);
    const stranded = await readBulkAction(prisma, action.id);
    expect(stranded).toMatchObject({ status: "running", total: 7, done: 3, affected: 3 });
    expect(stranded?.error).toMatch(/killed/);

    await resetTestRedis();
    expect(await producer.hasLiveJob(QUEUES.maintenance, bulkActionJobId(action.id))).toBe(false);
    expect(await reconcile({ staleAfterMs: 0 }, ctx)).toMatchObject({ bulkActionsRequeued: 1 });
    expect(await producer.hasLiveJob(QUEUES.maintenance, bulkActionJobId(action.id))).toBe(true);

    expect(await bulkAction({ bulkActionId: action.id }, ctx, { batchSize: 3 })).toMatchObject({
      outcome: "done",
    });
    expect(await readBulkAction(prisma, action.id)).toMatchObject({
      status: "done",
      total: 7,
      done: 7,
      affected: 7,
    });
    expect((await prisma.article.findMany({ select: { id: true } })).map((r) => r.id)).toEqual([keep.id]);
    // Finished: the reconciler leaves it alone.
    await resetTestRedis();
    expect(await reconcile({ staleAfterMs: 0 }, ctx)).toMatchObject({ bulkActionsRequeued: 0 });
  });

  it("hands the rest to a follow-up job when its time slice is used up", async () => {
    await failedArticles(4);
    const { action } = await requestBulkAction(prisma, producer, { kind: "reingest", filters: failedOnly });
    await resetTestRedis();
    expect(await bulkAction({ bulkActionId: action.id }, ctx, { sliceMs: 0, batchSize: 2 })).toMatchObject({
      outcome: "paused",
      handled: 2,
    });
    expect(await producer.hasLiveJob(QUEUES.maintenance, bulkActionJobId(action.id))).toBe(true);
    expect(await bulkAction({ bulkActionId: action.id }, ctx, { batchSize: 2 })).toMatchObject({
      outcome: "done",
    });
    expect(await readBulkAction(prisma, action.id)).toMatchObject({ status: "done", done: 4, affected: 4 });
  });
});
