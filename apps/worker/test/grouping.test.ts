// Grouping after tagging, in-process against real Postgres and Redis: the tag job wakes the
// group job, which links the text family and story; grouping lost with Redis is owed in Postgres
// and the reconciler wakes it again; a duplicate group job changes nothing.
import { prisma } from "@tidemark/db";
import { submitDocuments } from "@tidemark/intake";
import { Producer, QUEUES } from "@tidemark/queue";
import { groupDedupeId } from "@tidemark/stories";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import type { Job } from "bullmq";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { groupArticle } from "../src/handlers/group-article.ts";
import { ingestArticle } from "../src/handlers/ingest-article.ts";
import { reconcile } from "../src/handlers/reconcile.ts";
import { tagArticle } from "../src/handlers/tag-article.ts";
import { handlerContext } from "./support/handler-context.ts";

const producer = new Producer();
const ctx = handlerContext(producer);
const firstAttempt = { opts: { attempts: 5 }, attemptsMade: 0 } as unknown as Job;
const BODY = `The European Commission on Tuesday fined the chipmaker Qualcomm 242 million euros for selling
its 3G baseband chipsets below cost to drive the British start-up Icera out of the market. Competition
commissioner Margrethe Vestager said Qualcomm had sold the chipsets below cost to Huawei and ZTE.`;

beforeEach(async () => {
  await truncateAllTables(prisma);
  await resetTestRedis();
});
afterAll(async () => {
  await ctx.close();
  await producer.close();
  await prisma.$disconnect();
});

async function ingested(key: string, text: string): Promise<string> {
  await submitDocuments(prisma, producer, [{ key, content: text, format: "text" }]);
  const { id } = await prisma.article.findFirstOrThrow({ where: { filePath: key }, select: { id: true } });
  expect(
    (await ingestArticle({ articleId: id, reason: "intake", hostWaits: 0 }, firstAttempt, ctx)).outcome,
  ).toBe("extracted");
  return id;
}

describe("grouping after tagging", () => {
  it("tagging wakes grouping (inline at ingest, or in the tag job); copies share a family and a story", async () => {
    const a = await ingested("wire/a.txt", `EU fines Qualcomm\n\n${BODY}`);
    // Tagged in the store transaction, so ingest itself woke the grouping.
    expect(await producer.hasLiveJob(QUEUES.themes, groupDedupeId(a))).toBe(true);
    expect((await groupArticle({ articleId: a }, ctx)).outcome).toBe("grouped");

    const b = await ingested("post/b.txt", `Qualcomm fined by Brussels\n\nShare this. ${BODY} Read more.`);
    // As if inline tagging had fallen back to the tag job: that job wakes the grouping.
    await resetTestRedis();
    await prisma.article.update({ where: { id: b }, data: { taggedHash: null } });
    expect((await tagArticle({ articleId: b }, ctx)).groupingWoken).toBe(true);
    expect(await producer.hasLiveJob(QUEUES.themes, groupDedupeId(b))).toBe(true);
    expect((await groupArticle({ articleId: b }, ctx)).outcome).toBe("grouped");

    const rows = await prisma.article.findMany({ where: { id: { in: [a, b] } } });
    expect(new Set(rows.map((r) => r.familyId)).size).toBe(1);
    expect(new Set(rows.map((r) => r.storyId)).size).toBe(1);
    expect(rows.every((r) => r.storyHash === r.contentHash)).toBe(true);
    expect((await groupArticle({ articleId: a }, ctx)).outcome).toBe("unchanged");
  });

  it("the reconciler wakes grouping Redis lost", async () => {
    const a = await ingested("wire/a.txt", `EU fines Qualcomm\n\n${BODY}`);
    await tagArticle({ articleId: a }, ctx);
    await resetTestRedis();
    const first = await reconcile({ staleAfterMs: 0 }, ctx);
    expect(first.groupingRequeued).toBe(1);
    expect(await producer.hasLiveJob(QUEUES.themes, groupDedupeId(a))).toBe(true);
    expect((await reconcile({ staleAfterMs: 0 }, ctx)).groupingRequeued).toBe(0);
    await groupArticle({ articleId: a }, ctx);
    await resetTestRedis();
    expect((await reconcile({ staleAfterMs: 0 }, ctx)).groupingChecked).toBe(0);
  });
});
