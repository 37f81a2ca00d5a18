// Spike detection end to end on constructed corpora in the real database: 13 weeks of 40
// articles a day (about 10% hit by the theme), with a burst, a volume surge or a weekday pattern
// added, counted by the ground-truth rebuild, then read through the coverage series.
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { detectSpikes } from "../../src/analytics/index.ts";
import {
  type ArticleSpec,
  daysBetween,
  insertArticles,
  lcg,
  makeSource,
  makeTheme,
  prisma,
  recount,
  type TestTheme,
} from "./fixtures.ts";

const DAYS = daysBetween("2024-01-01", "2024-03-31");
const BURST_DAY = "2024-03-12";

let theme: TestTheme;
let sourceA = "";
let sourceB = "";

beforeEach(async () => {
  await truncateAllTables(prisma);
  theme = await makeTheme("privacy");
  sourceA = await makeSource("a.example");
  sourceB = await makeSource("b.example");
});
afterAll(() => prisma.$disconnect());

interface Corpus {
  /** Hits per day, by local day (UTC noon, so the same day in Berlin). */
  hitsOn: Map<string, number>;
}

/** Regular days: 40 articles at ~12:00 UTC, alternating sources, 3–5 of them hit (score 0.5). */
async function buildCorpus(options: { mondays?: number; extra?: (day: string) => ArticleSpec[] } = {}) {
  const random = lcg(11);
  const corpus: Corpus = { hitsOn: new Map() };
  const specs: ArticleSpec[] = [];
  for (const day of DAYS) {
    const monday = new Date(`${day}T00:00:00Z`).getUTCDay() === 1;
    const hits = monday && options.mondays ? options.mondays : 4 + Math.floor(random() * 3) - 1;
    corpus.hitsOn.set(day, hits);
    for (let i = 0; i < 40; i++) {
      specs.push({
        publishedAt: `${day}T12:${String(i).padStart(2, "0")}:00Z`,
        sourceId: i % 2 === 0 ? sourceA : sourceB,
        hits: i < hits ? [{ theme, score: 0.5, sentence: `Regular ${day} ${i}.` }] : [],
      });
    }
    specs.push(...(options.extra?.(day) ?? []));
  }
  await insertArticles(specs);
  await recount();
  return corpus;
}

/** 30 hit articles late on 12 March UTC (early 13 March in Berlin), all from source A. */
function burst(day: string): ArticleSpec[] {
  if (day !== BURST_DAY) return [];
  const late: ArticleSpec[] = Array.from({ length: 30 }, (_, k) => ({
    publishedAt: `${day}T23:30:00Z`,
    sourceId: sourceA,
    title: `Burst ${k + 1}`,
    hits: [{ theme, score: k + 1, sentence: `Burst sentence ${k + 1}.` }],
  }));
  // Still 12 March in Berlin (23:30 local): the best hit of the UTC day, not of Berlin's 13 March.
  const boundary: ArticleSpec = {
    publishedAt: `${day}T22:30:00Z`,
    sourceId: sourceB,
    title: "Boundary",
    hits: [{ theme, score: 1_000, sentence: "Boundary sentence." }],
  };
  return [...late, boundary];
}

const range = { from: "2024-02-01", to: "2024-03-31", unit: "day" as const };

describe("detectSpikes", () => {
  it("finds an injected burst at the right local day, with the articles behind it", async () => {
    const corpus = await buildCorpus({ extra: burst });
    const utc = await detectSpikes(prisma, { themeIds: [theme.themeId], ...range, articlesPerSpike: 5 });
    const utcSpikes = utc.themes[0]?.spikes ?? [];
    expect(utcSpikes.map((s) => s.bucket)).toEqual(["2024-03-12"]);
    expect(utcSpikes[0]?.articles.map((a) => a.title)).toEqual([
      "Boundary",
      "Burst 30",
      "Burst 29",
      "Burst 28",
      "Burst 27",
    ]);

    const berlin = await detectSpikes(prisma, {
      themeIds: [theme.themeId],
      ...range,
      timezone: "Europe/Berlin",
    });
    const spike = berlin.themes[0]?.spikes[0];
    expect(berlin.themes[0]?.spikes.map((s) => s.bucket)).toEqual(["2024-03-13"]);
    expect(spike?.observed).toBe((corpus.hitsOn.get("2024-03-13") ?? 0) + 30);
    expect(spike?.total).toBe(70);
    expect(spike?.ratio).toBeGreaterThan(3);
    expect(spike?.articles).toHaveLength(20);
    expect(spike?.articles.map((a) => a.title)).toEqual(
      Array.from({ length: 20 }, (_, k) => `Burst ${30 - k}`),
    );
    expect(spike?.articles[0]).toMatchObject({
      publishedAt: "2024-03-12T23:30:00.000Z",
      source: { id: sourceA, key: "a.example", name: "A.EXAMPLE" },
      score: 30,
      evidence: { field: "text", sentence: "Burst sentence 30." },
    });

    // A +05:30 zone is counted from the daily and quarter-hour aggregates too; same answer.
    const kolkata = await detectSpikes(prisma, {
      themeIds: [theme.themeId],
      ...range,
      timezone: "Asia/Calcutta", // Node 20 lists India's zone only by this older name
    });
    expect(kolkata.method).toBe("aggregates");
    expect(kolkata.themes[0]?.spikes.map((s) => [s.bucket, s.observed, s.articles.length])).toEqual([
      ["2024-03-13", (corpus.hitsOn.get("2024-03-13") ?? 0) + 31, 20],
    ]);
  });

  it("finds the burst week, and only in the source that had it", async () => {
    await buildCorpus({ extra: burst });
    const weeks = await detectSpikes(prisma, { themeIds: [theme.themeId], ...range, unit: "week" });
    expect(weeks.themes[0]?.spikes.map((s) => s.bucket)).toEqual(["2024-03-11"]);
    const inB = await detectSpikes(prisma, { themeIds: [theme.themeId], ...range, sourceIds: [sourceB] });
    expect(inB.themes[0]?.spikes).toEqual([]);
    const inA = await detectSpikes(prisma, { themeIds: [theme.themeId], ...range, sourceIds: [sourceA] });
    const spike = inA.themes[0]?.spikes[0];
    expect(spike?.bucket).toBe("2024-03-12");
    expect(spike?.articles.every((a) => a.source?.id === sourceA)).toBe(true);
  });

  it("tests the first requested bucket against a baseline read from before the range", async () => {
    await buildCorpus({ extra: burst });
    const result = await detectSpikes(prisma, {
      themeIds: [theme.themeId],
      unit: "day",
      from: "2024-03-12",
      to: "2024-03-20",
    });
    expect(result.baseline).toEqual({ buckets: 4, weekday: true, from: "2024-02-13" });
    expect(result.buckets[0]).toBe("2024-03-12");
    expect(result.buckets).toHaveLength(9);
    expect(result.themes[0]?.spikes.map((s) => s.bucket)).toEqual(["2024-03-12"]);
  });

  it("finds nothing in a flat series, at any unit", async () => {
    await buildCorpus();
    for (const unit of ["day", "week", "month"] as const) {
      const result = await detectSpikes(prisma, { themeIds: [theme.themeId], ...range, unit });
      expect([unit, result.themes[0]?.spikes]).toEqual([unit, []]);
    }
  });

  it("ignores a surge of volume that keeps the theme's share", async () => {
    // 13 March: 160 more articles, 16 of them hits, i.e. the usual 10%.
    await buildCorpus({
      extra: (day) =>
        day !== "2024-03-13"
          ? []
          : Array.from({ length: 160 }, (_, i) => ({
              publishedAt: `${day}T15:00:00Z`,
              hits: i < 16 ? [{ theme }] : [],
            })),
    });
    const result = await detectSpikes(prisma, { themeIds: [theme.themeId], ...range });
    expect(result.themes[0]?.spikes).toEqual([]);
  });

  it("does not flag every Monday when the theme is always bigger on Mondays", async () => {
    await buildCorpus({ mondays: 16 });
    const result = await detectSpikes(prisma, { themeIds: [theme.themeId], ...range });
    expect(result.themes[0]?.spikes).toEqual([]);
    const naive = await detectSpikes(prisma, { themeIds: [theme.themeId], ...range, weekdayBaseline: false });
    const flagged = naive.themes[0]?.spikes.map((s) => new Date(`${s.bucket}T00:00:00Z`).getUTCDay()) ?? [];
    expect(flagged.length).toBeGreaterThanOrEqual(8);
    expect(new Set(flagged)).toEqual(new Set([1]));
  });

  it("rejects invalid parameters", async () => {
    await expect(
      detectSpikes(prisma, { themeIds: [theme.themeId], from: "2024-03-01", to: "2024-02-01" }),
    ).rejects.toThrow();
    await expect(
      detectSpikes(prisma, { themeIds: [theme.themeId], from: "2024-02-01", to: "2024-03-01", minCount: 0 }),
    ).rejects.toThrow();
  });
});
