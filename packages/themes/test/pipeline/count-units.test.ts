// Counting articles, text families or stories: a family (story) counts once per bucket however
// many of its articles fall there, an ungrouped article counts as its own, and shares divide
// families by families (stories by stories).
import { Producer } from "@tidemark/queue";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { runBackfill } from "../../src/backfill/index.ts";
import { createTheme } from "../../src/definitions/index.ts";
import { coverageSeries, seriesParamsSchema } from "../../src/series/index.ts";
import { addArticle, prisma } from "./fixtures.ts";

const producer = new Producer();

beforeEach(() => truncateAllTables(prisma));
afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

describe("count units", () => {
  it("counts distinct families and stories per bucket, with matching shares", async () => {
    const wire = "Huawei wins a contract to build a 5G network in Kenya, the company said.";
    const ids = [
      await addArticle(prisma, {
        title: "A",
        text: wire,
        publishedAt: "2024-03-04T10:00:00Z",
        sourceKey: "a.example",
      }),
      await addArticle(prisma, {
        title: "B",
        text: wire,
        publishedAt: "2024-03-05T10:00:00Z",
        sourceKey: "b.example",
      }),
      await addArticle(prisma, {
        title: "C",
        text: wire,
        publishedAt: "2024-03-06T10:00:00Z",
        sourceKey: "c.example",
      }),
      await addArticle(prisma, {
        title: "D",
        text: "Huawei's own report on the Kenya deal.",
        publishedAt: "2024-03-06T12:00:00Z",
        sourceKey: "d.example",
      }),
      await addArticle(prisma, {
        title: "E",
        text: "Rain in Nairobi.",
        publishedAt: "2024-03-06T13:00:00Z",
        sourceKey: "d.example",
      }),
      // Not grouped yet: its own family and story.
      await addArticle(prisma, {
        title: "F",
        text: "Huawei again.",
        publishedAt: "2024-03-12T13:00:00Z",
        sourceKey: "d.example",
      }),
    ];
    const [a, b, c, d, e] = ids as [string, string, string, string, string];
    const family = await prisma.textFamily.create({
      data: { headArticleId: a, firstSeenAt: new Date("2024-03-04T10:00:00Z") },
    });
    const story = await prisma.story.create({
      data: { firstSeenAt: new Date(), lastSeenAt: new Date(), headArticleId: a },
    });
    const other = await prisma.story.create({
      data: { firstSeenAt: new Date(), lastSeenAt: new Date(), headArticleId: e },
    });
    await prisma.article.updateMany({
      where: { id: { in: [a, b, c] } },
      data: { familyId: family.id, storyId: story.id },
    });
    await prisma.article.update({ where: { id: d }, data: { storyId: story.id } });
    await prisma.article.update({ where: { id: e }, data: { storyId: other.id } });
    const created = await createTheme(prisma, producer, { name: "Huawei", definition: "huawei" });
    await runBackfill(prisma, created.backfillId);

    const base = {
      themeIds: [created.themeId],
      unit: "week" as const,
      timezone: "UTC",
      from: "2024-03-04",
      to: "2024-03-17",
    };
    const articles = await coverageSeries(prisma, seriesParamsSchema.parse(base));
    expect(articles.count).toBe("articles");
    expect(articles.totals).toEqual([5, 1]);
    expect(articles.themes[0]?.counts).toEqual([4, 1]);

    const families = await coverageSeries(prisma, seriesParamsSchema.parse({ ...base, count: "families" }));
    expect(families).toMatchObject({ count: "families", method: "distinct" });
    expect(families.totals).toEqual([3, 1]);
    expect(families.themes[0]?.counts).toEqual([2, 1]);
    expect(families.themes[0]?.shares).toEqual([2 / 3, 1]);

    const stories = await coverageSeries(prisma, seriesParamsSchema.parse({ ...base, count: "stories" }));
    expect(stories.totals).toEqual([2, 1]);
    expect(stories.themes[0]?.counts).toEqual([1, 1]);

    // Day buckets: a family spread over three days counts once on each day.
    const daily = await coverageSeries(
      prisma,
      seriesParamsSchema.parse({ ...base, unit: "day", to: "2024-03-06", count: "families" }),
    );
    expect(daily.themes[0]?.counts).toEqual([1, 1, 2]);
    expect(() => seriesParamsSchema.parse({ ...base, count: "words" })).toThrow();
  });
});
