// Series numbers against a plain-SQL recount, bucket by bucket, for articles placed around local
// midnights and DST changes in several zones — including fractional offsets (Asia/Kolkata +05:30,
// Asia/Kathmandu +05:45) and zones whose DST moves them by half an hour or to a half-hour offset
// (Australia/Lord_Howe, America/St_Johns). Every zone is answered from the aggregates.
import { Producer } from "@tidemark/queue";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBackfill } from "../../src/backfill/index.ts";
import { createTheme } from "../../src/definitions/index.ts";
import { coverageSeries, type SeriesUnit } from "../../src/series/index.ts";
import { addArticle, prisma } from "./fixtures.ts";

const producer = new Producer();
let themeId = "";
let versionId = "";
let sourceA = "";

/** Deterministic pseudo-random numbers, so the corpus is the same on every run. */
function lcg(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

beforeAll(async () => {
  await truncateAllTables(prisma);
  const random = lcg(42);
  const start = Date.parse("2024-03-01T00:00:00Z");
  for (let i = 0; i < 400; i += 1) {
    // Spread over ~2 months, many near whole hours and half hours (local midnights somewhere).
    const minutes = Math.floor(random() * 60 * 24 * 70);
    const at = new Date(start + minutes * 60_000 - (random() < 0.3 ? (minutes % 30) * 60_000 : 0));
    const undated = random() < 0.08;
    await addArticle(prisma, {
      title: random() < 0.4 ? "TikTok data row" : "Other news",
      text: random() < 0.5 ? "The TikTok app is in the news." : "Nothing to see.",
      publishedAt: undated ? null : at.toISOString(),
      sourceKey: random() < 0.5 ? "a.example" : "b.example",
      status: random() < 0.05 ? "failed" : "extracted",
    });
  }
  const theme = await createTheme(prisma, producer, { name: "TikTok", definition: "tiktok" });
  await runBackfill(prisma, theme.backfillId);
  themeId = theme.themeId;
  versionId = theme.versionId;
  sourceA = (await prisma.source.findUniqueOrThrow({ where: { key: "a.example" } })).id;
}, 240_000);

afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

async function recount(unit: SeriesUnit, tz: string, from: string, to: string, sources: string[] | null) {
  const rows = await prisma.$queryRawUnsafe<{ b: string; total: number; hits: number }[]>(
    `SELECT to_char(date_trunc($1, a.published_at AT TIME ZONE $2), 'YYYY-MM-DD') AS b,
            count(*)::int AS total,
            count(h.article_id)::int AS hits
     FROM articles a
     LEFT JOIN article_theme_hits h ON h.article_id = a.id AND h.theme_version_id = $3::uuid
     WHERE a.status IN ('extracted', 'gone') AND a.duplicate_of_id IS NULL AND a.published_at IS NOT NULL
       AND (a.published_at AT TIME ZONE $2)::date BETWEEN $4::date AND $5::date
       AND ($6::uuid[] IS NULL OR a.source_id = ANY($6::uuid[]))
     GROUP BY 1`,
    unit,
    tz,
    versionId,
    from,
    to,
    sources,
  );
  return new Map(rows.map((r) => [r.b, r]));
}

describe("coverage series equal a plain SQL recount", () => {
  it.each([
    ["day", "UTC"],
    ["day", "Europe/Berlin"],
    ["day", "America/New_York"],
    ["week", "America/Los_Angeles"],
    ["month", "Asia/Tokyo"],
    ["day", "Asia/Kolkata"],
    ["week", "Asia/Kathmandu"],
    ["day", "Asia/Kathmandu"],
    ["month", "Asia/Kolkata"],
    ["day", "Australia/Lord_Howe"],
    ["week", "America/St_Johns"],
    ["day", "America/St_Johns"],
    ["day", "Pacific/Chatham"],
  ] as const)("%s buckets in %s", async (unit, timezone) => {
    for (const sources of [null, [sourceA]]) {
      const series = await coverageSeries(prisma, {
        themeIds: [themeId],
        unit,
        timezone,
        from: "2024-03-01",
        to: "2024-05-09",
        ...(sources ? { sourceIds: sources } : {}),
      });
      const expected = await recount(unit, timezone, "2024-03-01", "2024-05-09", sources);
      expect(series.method).toBe("aggregates");
      series.buckets.forEach((bucket, i) => {
        const row = expected.get(bucket);
        expect([bucket, series.totals[i]]).toEqual([bucket, row?.total ?? 0]);
        expect([bucket, series.themes[0]?.counts[i]]).toEqual([bucket, row?.hits ?? 0]);
      });
      // Nothing outside the buckets: every recounted bucket is one of ours.
      for (const bucket of expected.keys()) expect(series.buckets).toContain(bucket);
      expect(series.totals.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }
  });

  it("reports undated articles separately under their fetch date", async () => {
    const series = await coverageSeries(prisma, {
      themeIds: [themeId],
      unit: "month",
      timezone: "UTC",
      from: "2024-01-01",
      to: "2024-06-30",
    });
    const undated = await prisma.article.count({
      where: { status: { in: ["extracted", "gone"] }, publishedAt: null },
    });
    expect(undated).toBeGreaterThan(0);
    expect(series.undatedTotals.reduce((a, b) => a + b, 0)).toBe(undated);
  });
});
