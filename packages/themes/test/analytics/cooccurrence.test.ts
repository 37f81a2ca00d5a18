// Theme co-occurrence on a small, hand-counted corpus, including rows that must not count.
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { themeCooccurrence } from "../../src/analytics/index.ts";
import {
  type ArticleSpec,
  insertArticles,
  makeOtherVersion,
  makeSource,
  makeTheme,
  prisma,
  recount,
  type TestTheme,
} from "./fixtures.ts";

let a: TestTheme;
let b: TestTheme;
let c: TestTheme;
let s1 = "";
let s2 = "";

beforeEach(async () => {
  await truncateAllTables(prisma);
  [a, b, c] = [await makeTheme("a"), await makeTheme("b"), await makeTheme("c")];
  s1 = await makeSource("one.example");
  s2 = await makeSource("two.example");
  const aDraft = await makeOtherVersion(a, 2); // not the series version: its hits never count
  const at = "2024-04-10T10:00:00Z";
  const rows: ArticleSpec[] = [
    { publishedAt: at, sourceId: s1, hits: [{ theme: a }, { theme: b }] }, // 1
    { publishedAt: at, sourceId: s1, hits: [{ theme: a }, { theme: b }] }, // 2
    { publishedAt: at, sourceId: s2, hits: [{ theme: a }, { theme: b }, { theme: c }] }, // 3
    { publishedAt: at, sourceId: s1, hits: [{ theme: a }] }, // 4
    { publishedAt: at, sourceId: s2, hits: [{ theme: b }, { theme: c }] }, // 5
    { publishedAt: at, sourceId: s2, hits: [{ theme: c }] }, // 6
    { publishedAt: at, sourceId: s1 }, // 7
    { publishedAt: "2024-04-30T23:30:00Z" }, // 8: last day in UTC and in New York
    { publishedAt: at, sourceId: s1, hits: [{ theme: aDraft }, { theme: b }] }, // 9
    // 10: 1 May in UTC, still 30 April in New York
    { publishedAt: "2024-05-01T02:00:00Z", hits: [{ theme: a }, { theme: c }] },
    // Never counted: out of range, failed, undated.
    { publishedAt: "2024-05-02T10:00:00Z", hits: [{ theme: a }, { theme: b }] },
    { publishedAt: at, status: "failed", hits: [{ theme: a }, { theme: b }] },
    { publishedAt: null, hits: [{ theme: a }, { theme: b }] },
  ];
  const [first] = await insertArticles(rows);
  // A duplicate of article 1 is not counted either.
  await insertArticles([
    { publishedAt: at, status: "duplicate", duplicateOfId: first ?? "", hits: [{ theme: a }, { theme: b }] },
  ]);
  await recount();
});
afterAll(() => prisma.$disconnect());

const april = { from: "2024-04-01", to: "2024-04-30" };

function pair(result: Awaited<ReturnType<typeof themeCooccurrence>>, x: TestTheme, y: TestTheme) {
  return result.pairs.find((p) => p.a === x.themeId && p.b === y.themeId);
}

describe("themeCooccurrence", () => {
  it("counts articles hit by both themes, with Jaccard and lift", async () => {
    const result = await themeCooccurrence(prisma, { themeIds: [a.themeId, b.themeId, c.themeId], ...april });
    expect(result.articles).toBe(9);
    expect(result.themes.map((t) => t.hits)).toEqual([4, 5, 3]);
    expect(result.pairs.map((p) => [p.a, p.b])).toEqual([
      [a.themeId, b.themeId],
      [a.themeId, c.themeId],
      [b.themeId, c.themeId],
    ]);
    expect(pair(result, a, b)).toMatchObject({ both: 3, jaccard: 3 / 6 });
    expect(pair(result, a, b)?.lift).toBeCloseTo((3 * 9) / (4 * 5), 12);
    expect(pair(result, a, c)).toMatchObject({ both: 1, jaccard: 1 / 6 });
    expect(pair(result, a, c)?.lift).toBeCloseTo((1 * 9) / (4 * 3), 12);
    expect(pair(result, b, c)).toMatchObject({ both: 2, jaccard: 2 / 6 });
    expect(pair(result, b, c)?.lift).toBeCloseTo((2 * 9) / (5 * 3), 12);
  });

  it("uses local dates in the requested time zone", async () => {
    const result = await themeCooccurrence(prisma, {
      themeIds: [a.themeId, c.themeId],
      ...april,
      timezone: "America/New_York",
    });
    expect(result.articles).toBe(10);
    expect(result.themes.map((t) => t.hits)).toEqual([5, 4]);
    expect(result.pairs).toEqual([
      { a: a.themeId, b: c.themeId, both: 2, jaccard: 2 / 7, lift: (2 * 10) / (5 * 4) },
    ]);
  });

  it("filters by source", async () => {
    const result = await themeCooccurrence(prisma, {
      themeIds: [a.themeId, b.themeId, c.themeId],
      ...april,
      sourceIds: [s2],
    });
    expect(result.articles).toBe(3);
    expect(result.themes.map((t) => t.hits)).toEqual([1, 2, 3]);
    expect(result.pairs.map((p) => p.both)).toEqual([1, 1, 2]);
  });

  it("gives null ratios for a theme with no hits, and zero counts for its pairs", async () => {
    const empty = await makeTheme("empty");
    const result = await themeCooccurrence(prisma, { themeIds: [a.themeId, empty.themeId], ...april });
    expect(result.themes.map((t) => t.hits)).toEqual([4, 0]);
    expect(result.pairs).toEqual([{ a: a.themeId, b: empty.themeId, both: 0, jaccard: 0, lift: null }]);
  });
});
