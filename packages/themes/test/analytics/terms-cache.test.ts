// Emerging terms kept per (theme version, period): the same answer as computing them, served from
// the cache while nothing in the periods changed, recomputed as soon as an article is added (or
// the entry is older than the age limit), and dropped with a pruned version.
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cachedEmergingTerms, emergingTerms } from "../../src/analytics/index.ts";
import { type ArticleSpec, insertArticles, makeTheme, prisma, recount, type TestTheme } from "./fixtures.ts";

const period = { from: "2024-05-08", to: "2024-05-14", minCount: 2, minScore: 1 };
let theme: TestTheme;

function articles(days: number[], text: string): ArticleSpec[] {
  return days.map((d) => ({
    publishedAt: `2024-05-${String(d).padStart(2, "0")}T10:00:00Z`,
    text,
    hits: [{ theme }],
  }));
}

beforeEach(async () => {
  await truncateAllTables(prisma);
  theme = await makeTheme("economy");
  await insertArticles([
    ...articles([1, 2, 3, 4, 5, 6, 7], "The budget and the market."),
    ...articles([8, 9, 10, 11], "The budget, the market and a tariff row."),
  ]);
  await recount();
});
afterAll(() => prisma.$disconnect());

describe("cachedEmergingTerms", () => {
  it("answers as emergingTerms does, then from the cache while the periods are unchanged", async () => {
    const input = { themeId: theme.themeId, ...period };
    const first = await cachedEmergingTerms(prisma, input);
    const computed = await emergingTerms(prisma, input);
    expect(first.cache.hit).toBe(false);
    const { cache: _first, ...firstResult } = first;
    expect(firstResult).toEqual(computed);
    expect(computed.terms.some((t) => t.term.includes("tariff"))).toBe(true);

    const second = await cachedEmergingTerms(prisma, input);
    expect(second.cache).toEqual({ computedAt: first.cache.computedAt, hit: true });
    const { cache: _second, ...secondResult } = second;
    expect(secondResult).toEqual(computed);
    // Another period or source filter is another entry.
    expect((await cachedEmergingTerms(prisma, { ...input, to: "2024-05-13" })).cache.hit).toBe(false);
  });

  it("recomputes when an article enters the period, and when the entry is too old", async () => {
    const input = { themeId: theme.themeId, ...period };
    await cachedEmergingTerms(prisma, input);
    await insertArticles(articles([12, 13, 14], "A sudden embargo on steel."));
    await recount();
    const after = await cachedEmergingTerms(prisma, input);
    expect(after.cache.hit).toBe(false);
    expect(after.terms.some((t) => t.term.includes("embargo"))).toBe(true);
    expect((await cachedEmergingTerms(prisma, input)).cache.hit).toBe(true);
    expect((await cachedEmergingTerms(prisma, input, { maxAgeMs: -1 })).cache.hit).toBe(false);
  });

  it("drops a version's entries with the version", async () => {
    await cachedEmergingTerms(prisma, { themeId: theme.themeId, ...period });
    expect(await prisma.emergingTermsCache.count({ where: { themeVersionId: theme.versionId } })).toBe(1);
    await prisma.themeVersion.delete({ where: { id: theme.versionId } });
    expect(await prisma.emergingTermsCache.count()).toBe(0);
  });
});
