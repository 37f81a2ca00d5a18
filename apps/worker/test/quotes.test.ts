// Quotes in the worker: ingest (or the tag job, when tagging fell back to it) stores an article's
// quotes with its theme hits; the quotes
// backfill job fills in articles stored before quotes existed; a backfill whose job Redis lost is
// woken again by the reconciler.
import { prisma } from "@tidemark/db";
import { submitDocuments } from "@tidemark/intake";
import { Producer, QUEUES } from "@tidemark/queue";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import { QUOTES_BACKFILL_JOB, readQuotesBackfill, startQuotesBackfill } from "@tidemark/voices";
import type { Job } from "bullmq";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { backfillQuotes } from "../src/handlers/backfill-quotes.ts";
import { ingestArticle } from "../src/handlers/ingest-article.ts";
import { reconcile } from "../src/handlers/reconcile.ts";
import { tagArticle } from "../src/handlers/tag-article.ts";
import { handlerContext } from "./support/handler-context.ts";

const producer = new Producer();
const ctx = handlerContext(producer);
const TEXT =
  "Huawei opens a plant\n\nHuawei said on Monday it would open a new plant in France next year.\n\n“We are committed to Europe for the long term,” a Huawei spokesperson said.";

beforeEach(async () => {
  await truncateAllTables(prisma);
  await resetTestRedis();
});
afterAll(async () => {
  await ctx.close();
  await producer.close();
  await prisma.$disconnect();
});

const firstAttempt = { opts: { attempts: 5 }, attemptsMade: 0 } as unknown as Job;

async function extracted(key: string): Promise<string> {
  await submitDocuments(prisma, producer, [{ key, content: TEXT, format: "text" }]);
  const { id } = await prisma.article.findFirstOrThrow({ where: { filePath: key }, select: { id: true } });
  await ingestArticle({ articleId: id, reason: "intake", hostWaits: 0 }, firstAttempt, ctx);
  return id;
}

describe("quotes in the worker", () => {
  it("ingest stores the article's quotes with its tags; the tag job stores them when they are owed, once per content", async () => {
    const id = await extracted("t/one.txt");
    // Tagged in the store transaction: the quotes committed with the text.
    const [quote] = await prisma.articleQuote.findMany({ where: { articleId: id } });
    expect(quote).toMatchObject({ speakerName: "Huawei spokesperson", speakerKind: "unnamed" });
    expect(await tagArticle({ articleId: id }, ctx)).toMatchObject({ quotes: "unchanged" });
    // As if inline tagging had fallen back to the tag job: quotes and tags owed again.
    await prisma.articleQuote.deleteMany();
    await prisma.article.update({ where: { id }, data: { quotesHash: null, taggedHash: null } });
    expect(await tagArticle({ articleId: id }, ctx)).toMatchObject({ outcome: "tagged", quotes: 1 });
    expect(await prisma.articleQuote.count({ where: { articleId: id } })).toBe(1);
    expect(await tagArticle({ articleId: id }, ctx)).toMatchObject({ quotes: "unchanged" });
  });

  it("backfills articles without quotes, and the reconciler re-wakes a backfill Redis lost", async () => {
    const id = await extracted("t/two.txt");
    // As if stored before quotes existed.
    await prisma.articleQuote.deleteMany();
    await prisma.article.update({ where: { id }, data: { quotesHash: null } });
    await startQuotesBackfill(prisma, producer);
    expect(await producer.hasLiveJob(QUEUES.themes, QUOTES_BACKFILL_JOB)).toBe(true);
    await resetTestRedis();
    expect(await producer.hasLiveJob(QUEUES.themes, QUOTES_BACKFILL_JOB)).toBe(false);
    expect(await reconcile({ staleAfterMs: 0 }, ctx)).toMatchObject({ quotesBackfillRequeued: true });
    expect(await producer.hasLiveJob(QUEUES.themes, QUOTES_BACKFILL_JOB)).toBe(true);

    expect(await backfillQuotes(ctx)).toMatchObject({ outcome: "quotes backfill done", stored: 1 });
    expect(await prisma.articleQuote.count({ where: { articleId: id } })).toBe(1);
    expect(await readQuotesBackfill(prisma)).toMatchObject({ status: "done" });
    expect(await reconcile({ staleAfterMs: 0 }, ctx)).toMatchObject({ quotesBackfillRequeued: false });
  });
});
