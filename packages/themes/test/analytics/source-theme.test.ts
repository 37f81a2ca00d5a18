// Source × theme shares, recounted by hand on a small corpus.
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { sourceThemeParamsSchema, sourceThemeShares } from "../../src/analytics/index.ts";
import { sourceThemeCounts } from "../../src/analytics/source-theme-query.ts";
import {
  type ArticleSpec,
  insertArticles,
  lcg,
  makeOtherVersion,
  makeSource,
  makeTheme,
  prisma,
  recount,
  type TestTheme,
} from "./fixtures.ts";

let a: TestTheme;
let b: TestTheme;
let s1 = "";
let s2 = "";
let s3 = "";

beforeEach(async () => {
  await truncateAllTables(prisma);
  a = await makeTheme("a");
  b = await makeTheme("b");
  const bDraft = await makeOtherVersion(b, 2);
  s1 = await makeSource("one.example");
  s2 = await makeSource("two.example");
  s3 = await makeSource("three.example");
  const at = "2024-04-10T10:00:00Z";
  const rows: ArticleSpec[] = [
    // one.example: 5 articles, A 3, B 2
    { publishedAt: at, sourceId: s1, hits: [{ theme: a }] },
    { publishedAt: at, sourceId: s1, hits: [{ theme: a }, { theme: b }] },
    { publishedAt: at, sourceId: s1, hits: [{ theme: b }] },
    { publishedAt: at, sourceId: s1, hits: [{ theme: bDraft }] },
    { publishedAt: at, sourceId: s1, hits: [{ theme: a }] },
    // two.example: 3 articles, A 1
    { publishedAt: at, sourceId: s2, hits: [{ theme: a }] },
    { publishedAt: at, sourceId: s2 },
    { publishedAt: at, sourceId: s2 },
    // three.example: 2 articles in April, B 2 (and 10 in March, outside the range)
    { publishedAt: at, sourceId: s3, hits: [{ theme: b }] },
    { publishedAt: at, sourceId: s3, hits: [{ theme: b }] },
    ...Array.from({ length: 10 }, () => ({ publishedAt: "2024-03-10T10:00:00Z", sourceId: s3 })),
    // No source: overall numbers only. A failed article counts nowhere.
    { publishedAt: at, hits: [{ theme: a }] },
    { publishedAt: at, sourceId: s2, status: "failed", hits: [{ theme: a }] },
  ];
  await insertArticles(rows);
  await recount();
});
afterAll(() => prisma.$disconnect());

const april = { from: "2024-04-01", to: "2024-04-30" };
const simple = (r: Awaited<ReturnType<typeof sourceThemeShares>>) =>
  r.sources.map((s) => [s.key, s.articles, ...s.themes.map((t) => t.hits)]);

describe("sourceThemeShares", () => {
  it("counts each source's articles and theme hits, with shares, most articles first", async () => {
    const result = await sourceThemeShares(prisma, { themeIds: [a.themeId, b.themeId], ...april });
    expect(simple(result)).toEqual([
      ["one.example", 5, 3, 2],
      ["two.example", 3, 1, 0],
      ["three.example", 2, 0, 2],
    ]);
    expect(result.sources[0]?.themes).toEqual([
      { themeId: a.themeId, hits: 3, share: 3 / 5 },
      { themeId: b.themeId, hits: 2, share: 2 / 5 },
    ]);
    expect(result.sources[0]).toMatchObject({ sourceId: s1, name: "ONE.EXAMPLE", domain: "one.example" });
    expect(result.sources[2]?.themes[1]?.share).toBe(1);
    expect(result.overall).toEqual({
      articles: 11,
      themes: [
        { themeId: a.themeId, hits: 5, share: 5 / 11 },
        { themeId: b.themeId, hits: 4, share: 4 / 11 },
      ],
    });
  });

  it("keeps the top N sources by articles in the range", async () => {
    const result = await sourceThemeShares(prisma, { themeIds: [a.themeId, b.themeId], ...april, limit: 2 });
    expect(simple(result)).toEqual([
      ["one.example", 5, 3, 2],
      ["two.example", 3, 1, 0],
    ]);
    const march = await sourceThemeShares(prisma, {
      themeIds: [a.themeId],
      from: "2024-03-01",
      to: "2024-03-31",
      limit: 1,
    });
    expect(simple(march)).toEqual([["three.example", 10, 0]]);
  });

  it("filters by source", async () => {
    const result = await sourceThemeShares(prisma, {
      themeIds: [a.themeId, b.themeId],
      ...april,
      sourceIds: [s2, s3],
    });
    expect(simple(result)).toEqual([
      ["two.example", 3, 1, 0],
      ["three.example", 2, 0, 2],
    ]);
    expect(result.overall.articles).toBe(5);
    expect(result.overall.themes.map((t) => t.hits)).toEqual([1, 2]);
  });

  it("agrees with a recount from the rows around local midnights in fractional-offset zones", async () => {
    const random = lcg(7);
    const start = Date.parse("2024-03-28T00:00:00Z");
    const sources = [s1, s2, s3, undefined];
    const specs: ArticleSpec[] = Array.from({ length: 300 }, () => {
      // Many at :30 and :45 past the hour, where Kolkata's and Kathmandu's midnights fall.
      const minutes = Math.floor(random() * 60 * 24 * 40);
      const at = start + minutes * 60_000 - (random() < 0.5 ? (minutes % 15) * 60_000 : 0);
      const hits = [...(random() < 0.5 ? [{ theme: a }] : []), ...(random() < 0.3 ? [{ theme: b }] : [])];
      return { publishedAt: new Date(at).toISOString(), sourceId: sources[Math.floor(random() * 4)], hits };
    });
    await insertArticles(specs);
    await recount();
    for (const timezone of ["Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns", "UTC"]) {
      for (const sourceIds of [undefined, [s1, s3]]) {
        const params = {
          themeIds: [a.themeId, b.themeId],
          from: "2024-04-02",
          to: "2024-04-29",
          timezone,
          limit: 20,
          ...(sourceIds ? { sourceIds } : {}),
        };
        const fromAggregates = await sourceThemeShares(prisma, params);
        const parsed = sourceThemeParamsSchema.parse(params);
        const fromRows = await sourceThemeCounts(prisma, parsed, [a.versionId, b.versionId], 20);
        const rowsSources = fromRows
          .filter((r) => r.source_id !== null)
          .map((r) => [r.source_key, r.articles, r.version, r.hits].join(" "))
          .filter((line) => !line.endsWith(" 0"))
          .sort();
        const aggSources = fromAggregates.sources
          .flatMap((src) => [
            ...src.themes.filter((t) => t.hits > 0).map((t) => [src.key, src.articles, t.themeId, t.hits]),
            ...(src.themes.every((t) => t.hits === 0) ? [[src.key, src.articles, "", 0]] : []),
          ])
          .map((parts) =>
            parts.map((p) => (p === a.themeId ? a.versionId : p === b.themeId ? b.versionId : p)).join(" "),
          )
          .filter((line) => !line.endsWith(" 0"))
          .sort();
        expect([timezone, aggSources]).toEqual([timezone, rowsSources]);
        const overall = fromRows.find((r) => r.source_id === null && r.version === null)?.articles;
        expect([timezone, fromAggregates.overall.articles]).toEqual([timezone, overall]);
        expect(fromAggregates.overall.articles).toBeGreaterThan(0);
      }
    }
  }, 120_000);
});
