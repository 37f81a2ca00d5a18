// A backfill cut into id ranges of its candidates, each run as its own job (here: called directly,
// as the worker would, several at once): the parts together tag exactly what one pass tags, the
// progress counts every candidate once, the backfill ends once, and a duplicate runner of a part
// never counts a batch twice.
import { Producer } from "@tidemark/queue";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { planBackfill, runBackfill, runBackfillPart } from "../../src/backfill/index.ts";
import { createTheme } from "../../src/definitions/index.ts";
import { addArticle, prisma } from "./fixtures.ts";

const producer = new Producer();

beforeEach(() => truncateAllTables(prisma));
afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

const WORDS = ["Alibaba", "cloud", "Tencent", "games", "Xiaomi", "phones", "weather", "sport"];

async function corpus(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const a = WORDS[i % WORDS.length] ?? "";
    const b = WORDS[(i * 3 + 1) % WORDS.length] ?? "";
    await addArticle(prisma, {
      title: `Story ${i}`,
      text: `${a} and ${b} in the news today.`,
      publishedAt: `2024-0${(i % 9) + 1}-1${i % 10}T10:00:00Z`,
    });
  }
}

async function hitArticles(themeId: string): Promise<string[]> {
  const hits = await prisma.articleThemeHit.findMany({ where: { themeId }, select: { articleId: true } });
  return hits.map((h) => h.articleId).sort();
}

describe("backfill parts", () => {
  it("run at once, tag exactly what one pass tags, count each candidate once and end once", async () => {
    await corpus(48);
    const definition = "alibaba OR tencent NOT sport";
    const parallel = await createTheme(prisma, producer, { name: "Parallel", definition });
    const plan = await planBackfill(prisma, parallel.backfillId, { maxParts: 4, minPartCandidates: 5 });
    expect(plan?.parts?.map((p) => p.part)).toEqual([0, 1, 2, 3]);
    // Four runners at once, small batches so they interleave.
    await Promise.all([0, 1, 2, 3].map((part) => runBackfillPart(prisma, parallel.backfillId, part, 2)));

    const single = await createTheme(prisma, producer, { name: "Single", definition });
    const one = await runBackfill(prisma, single.backfillId, 500, { maxParts: 1 });
    expect(one.status).toBe("done");

    const row = await prisma.themeBackfill.findUniqueOrThrow({ where: { id: parallel.backfillId } });
    expect(row).toMatchObject({ status: "done", total: one.total, done: one.total, matched: one.matched });
    const parts = await prisma.themeBackfillPart.findMany({ where: { backfillId: parallel.backfillId } });
    expect(parts.every((p) => p.finishedAt !== null)).toBe(true);
    expect(parts.reduce((sum, p) => sum + p.done, 0)).toBe(one.total);
    // The ranges do not overlap and cover every candidate: each part did some of the work.
    expect(parts.every((p) => p.done > 0)).toBe(true);
    expect(await hitArticles(parallel.themeId)).toEqual(await hitArticles(single.themeId));
    expect((await hitArticles(parallel.themeId)).length).toBe(one.matched);
    const theme = await prisma.theme.findUniqueOrThrow({ where: { id: parallel.themeId } });
    expect(theme.seriesVersionId).toBe(parallel.versionId);
  });

  it("never counts a batch twice when two runners take the same part", async () => {
    await corpus(30);
    const created = await createTheme(prisma, producer, { name: "Twice", definition: "xiaomi OR phones" });
    const plan = await planBackfill(prisma, created.backfillId, { maxParts: 2, minPartCandidates: 3 });
    expect(plan?.parts).toHaveLength(2);
    await Promise.all([
      runBackfillPart(prisma, created.backfillId, 0, 1),
      runBackfillPart(prisma, created.backfillId, 0, 1),
      runBackfillPart(prisma, created.backfillId, 1, 1),
    ]);
    // A planning job arriving late finds the parts and changes nothing.
    await planBackfill(prisma, created.backfillId, { maxParts: 2, minPartCandidates: 3 });
    const row = await prisma.themeBackfill.findUniqueOrThrow({ where: { id: created.backfillId } });
    expect(row.status).toBe("done");
    expect(row.done).toBe(row.total);
    const parts = await prisma.themeBackfillPart.findMany({ where: { backfillId: created.backfillId } });
    expect(parts.reduce((sum, p) => sum + p.done, 0)).toBe(row.total);
    expect(row.matched).toBe((await hitArticles(created.themeId)).length);
  });
});
