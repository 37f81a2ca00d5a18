// Daily pair counts (theme_pair_daily) kept at tag time must equal a recount from the hits after
// any mix of ingest, re-tag, re-date, source and status changes, deletes, and a definition change
// with its backfill and version switch; and co-occurrence
// read from them must equal a plain count from articles and hits in any zone.
import { Producer } from "@tidemark/queue";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { themeCooccurrence } from "../../src/analytics/index.ts";
import { runBackfill } from "../../src/backfill/index.ts";
import {
  rebuildCoverage,
  syncArticleCoverage,
  uncountArticle,
  uncountArticles,
} from "../../src/coverage/index.ts";
import { createTheme, updateTheme } from "../../src/definitions/index.ts";
import { tagArticle } from "../../src/tagging/index.ts";
import { addArticle, prisma } from "./fixtures.ts";

const producer = new Producer();
const WORDS = ["huawei", "tiktok", "ban", "privacy", "chips", "weather"];
const themeIds: string[] = [];

function lcg(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}
const random = lcg(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const text = () => `${WORDS.filter(() => random() < 0.45).join(" and ") || "nothing"} today.`;
const when = () =>
  random() < 0.1
    ? null
    : new Date(Date.parse("2024-03-01T00:00:00Z") + Math.floor(random() * 40 * 96) * 900_000 + 7 * 60_000);

async function pairSnapshot(): Promise<string> {
  const rows = await prisma.themePairDaily.findMany({
    where: { articles: { not: 0 } },
    orderBy: [
      { versionA: "asc" },
      { versionB: "asc" },
      { sourceKey: "asc" },
      { day: "asc" },
      { basis: "asc" },
    ],
  });
  return JSON.stringify(rows);
}

/** Co-occurrence counted straight from articles and hits, in local days of the zone. */
async function plainPairs(from: string, to: string, timezone: string) {
  return prisma.$queryRawUnsafe<{ a: string; b: string; n: number }[]>(
    `SELECT x.theme_id::text AS a, y.theme_id::text AS b, count(*)::int AS n
     FROM articles a
     JOIN themes tx ON true JOIN article_theme_hits x ON x.article_id = a.id AND x.theme_version_id = tx.series_version_id
     JOIN themes ty ON true JOIN article_theme_hits y ON y.article_id = a.id AND y.theme_version_id = ty.series_version_id
     WHERE a.status IN ('extracted', 'gone') AND a.duplicate_of_id IS NULL AND a.published_at IS NOT NULL
       AND (a.published_at AT TIME ZONE $3)::date BETWEEN $1::date AND $2::date
       AND x.theme_id <> y.theme_id
     GROUP BY 1, 2`,
    from,
    to,
    timezone,
  );
}

beforeAll(async () => {
  await truncateAllTables(prisma);
  const sources = ["a.example", "b.example", "c.example"];
  const ids: string[] = [];
  const add = async () => {
    const at = when();
    ids.push(
      await addArticle(prisma, {
        title: pick(["Report", "Huawei update", "TikTok row"]),
        text: text(),
        publishedAt: at ? at.toISOString() : null,
        sourceKey: random() < 0.15 ? null : pick(sources),
      }),
    );
  };
  for (let i = 0; i < 60; i += 1) await add();
  for (const [name, definition] of [
    ["Huawei", "huawei"],
    ["TikTok", "tiktok OR privacy"],
    ["Bans", "ban OR chips"],
  ] as const) {
    const created = await createTheme(prisma, producer, { name, definition });
    await runBackfill(prisma, created.backfillId, 7);
    themeIds.push(created.themeId);
  }
  // A definition change: until its backfill runs (in the middle of the changes below) new and
  // re-tagged articles hit both versions; then the series switch to it and the old one is pruned.
  const edited = await updateTheme(prisma, producer, themeIds[1] ?? "", { definition: "tiktok OR ban" });
  const first = await prisma.themeBackfill.findUniqueOrThrow({ where: { id: edited.backfillId ?? "" } });
  expect(first.status).toBe("queued");

  for (let step = 0; step < 120; step += 1) {
    const live = await prisma.article.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const id = pick(live).id;
    const r = random();
    if (step === 40) await runBackfill(prisma, edited.backfillId ?? "", 5);
    if (r < 0.2) await add();
    else if (r < 0.45) {
      // Re-tagged with a new text: hits and pairs come and go.
      await prisma.article.update({ where: { id }, data: { text: text() } });
      await tagArticle(prisma, id);
    } else if (r < 0.6) {
      const at = when();
      await prisma.$transaction(async (tx) => {
        await tx.article.update({ where: { id }, data: { publishedAt: at } });
        await syncArticleCoverage(tx, id);
      });
    } else if (r < 0.7) {
      const source = await prisma.source.findUniqueOrThrow({ where: { key: pick(sources) } });
      await prisma.$transaction(async (tx) => {
        await tx.article.update({ where: { id }, data: { sourceId: source.id } });
        await syncArticleCoverage(tx, id);
      });
    } else if (r < 0.8) {
      const status = pick(["gone", "failed", "extracted"] as const);
      await prisma.$transaction(async (tx) => {
        await tx.article.update({ where: { id }, data: { status } });
        await syncArticleCoverage(tx, id);
      });
    } else if (r < 0.9) {
      await prisma.$transaction(async (tx) => {
        await uncountArticle(tx, id);
        await tx.article.delete({ where: { id } });
      });
    } else {
      const batch = live.filter(() => random() < 0.05).map((a) => a.id);
      await prisma.$transaction(async (tx) => {
        const locked = await uncountArticles(tx, batch);
        await tx.article.deleteMany({ where: { id: { in: locked } } });
      });
    }
  }
}, 300_000);

afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

describe("daily pair counts", () => {
  it("equal a recount from the hits after random ingest, re-tag, re-date, delete and version switch", async () => {
    const theme = await prisma.theme.findUniqueOrThrow({ where: { id: themeIds[1] ?? "" } });
    // The switch happened: the series show version 2 and version 1's pairs are gone.
    expect(theme.seriesVersionId).toBe(theme.currentVersionId);
    const versions = await prisma.themeVersion.findMany({ where: { themeId: theme.id } });
    const old = versions.find((v) => v.id !== theme.seriesVersionId)?.id ?? "";
    expect(await prisma.themePairDaily.count({ where: { OR: [{ versionA: old }, { versionB: old }] } })).toBe(
      0,
    );
    const kept = await pairSnapshot();
    expect(JSON.parse(kept).length).toBeGreaterThan(10);
    await rebuildCoverage(prisma, { articleBatch: 9, windowDays: 5 });
    expect(await pairSnapshot()).toBe(kept);
  });

  it.each([["UTC"], ["America/New_York"], ["Asia/Kolkata"], ["Asia/Kathmandu"]])(
    "give co-occurrence equal to a plain count in %s",
    async (timezone) => {
      for (const [from, to] of [
        ["2024-03-01", "2024-04-15"],
        ["2024-03-10", "2024-03-10"],
        ["2024-03-05", "2024-03-19"],
      ] as const) {
        const result = await themeCooccurrence(prisma, { themeIds, from, to, timezone });
        const plain = await plainPairs(from, to, timezone);
        for (const p of result.pairs) {
          const n = plain.find((row) => row.a === p.a && row.b === p.b)?.n ?? 0;
          expect([from, to, p.a, p.b, p.both]).toEqual([from, to, p.a, p.b, n]);
        }
        expect(result.pairs.some((p) => p.both > 0) || from === to).toBe(true);
      }
    },
  );
});
