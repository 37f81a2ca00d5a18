// Tagging, versions, backfill and the aggregates, against the real Postgres (and Redis for the
// backfill jobs, which the tests then run directly, as the worker would).
import { Producer } from "@tidemark/queue";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { runBackfill } from "../../src/backfill/index.ts";
import { rebuildCoverage } from "../../src/coverage/index.ts";
import { createTheme, ThemeInputError, updateTheme } from "../../src/definitions/index.ts";
import { previewDefinition } from "../../src/preview/index.ts";
import { coverageSeries } from "../../src/series/index.ts";
import { type StoredEvidence, tagArticle } from "../../src/tagging/index.ts";
import { addArticle, prisma } from "./fixtures.ts";

const producer = new Producer();

beforeEach(() => truncateAllTables(prisma));
afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

async function aggregateSnapshot() {
  const articles = await prisma.coverageHourly.findMany({
    where: { articles: { not: 0 } },
    orderBy: [{ basis: "asc" }, { sourceKey: "asc" }, { hour: "asc" }],
  });
  const themes = await prisma.themeCoverageHourly.findMany({
    where: { articles: { not: 0 } },
    orderBy: [{ themeVersionId: "asc" }, { basis: "asc" }, { sourceKey: "asc" }, { hour: "asc" }],
  });
  const quarters = await prisma.coverageQuarter.findMany({
    where: { articles: { not: 0 } },
    orderBy: [{ sourceKey: "asc" }, { quarter: "asc" }, { basis: "asc" }],
  });
  const themeQuarters = await prisma.themeCoverageQuarter.findMany({
    where: { articles: { not: 0 } },
    orderBy: [{ themeVersionId: "asc" }, { sourceKey: "asc" }, { quarter: "asc" }, { basis: "asc" }],
  });
  const days = await prisma.coverageDaily.findMany({
    where: { articles: { not: 0 } },
    orderBy: [{ sourceKey: "asc" }, { day: "asc" }, { basis: "asc" }],
  });
  const themeDays = await prisma.themeCoverageDaily.findMany({
    where: { articles: { not: 0 } },
    orderBy: [{ themeVersionId: "asc" }, { sourceKey: "asc" }, { day: "asc" }, { basis: "asc" }],
  });
  const pairs = await prisma.themePairDaily.findMany({
    where: { articles: { not: 0 } },
    orderBy: [
      { versionA: "asc" },
      { versionB: "asc" },
      { sourceKey: "asc" },
      { day: "asc" },
      { basis: "asc" },
    ],
  });
  return JSON.stringify({ articles, themes, quarters, themeQuarters, days, themeDays, pairs });
}

describe("tagging", () => {
  it("stores evidence whose offsets point at the matched words", async () => {
    const text =
      "Officials met on Monday.\n\nThe ＨＵＡＷＥＩ ban 🚫 was discussed at length. Nothing else happened.";
    const id = await addArticle(prisma, { title: "Talks", text, publishedAt: "2024-03-01T10:00:00Z" });
    const { themeId, backfillId } = await createTheme(prisma, producer, {
      name: "Huawei ban",
      definition: "huawei NEAR/3 ban",
    });
    await runBackfill(prisma, backfillId);
    await tagArticle(prisma, id);
    const hit = await prisma.articleThemeHit.findFirstOrThrow({ where: { articleId: id, themeId } });
    const evidence = hit.evidence as unknown as StoredEvidence[];
    const first = evidence[0];
    expect(first?.field).toBe("text");
    expect(text.slice(first?.start, first?.end)).toBe(first?.sentence);
    expect(first?.sentence).toContain("was discussed at length.");
    expect(first?.spans.map(([s, e]) => text.slice(s, e))).toEqual(["ＨＵＡＷＥＩ", "ban"]);
    expect(hit.mentions).toBe(2);
  });

  it("rejects a definition with a syntax error, with its position, and saves nothing", async () => {
    const attempt = createTheme(prisma, producer, { name: "Broken", definition: "huawei AND (ban OR" });
    await expect(attempt).rejects.toBeInstanceOf(ThemeInputError);
    await expect(attempt).rejects.toMatchObject({
      field: "definition",
      diagnostic: { column: expect.any(Number) },
    });
    expect(await prisma.theme.count()).toBe(0);
  });
});

describe("versions and backfill", () => {
  it("keeps the old version's series until the new version's backfill completes, then switches", async () => {
    for (const [day, title] of [
      ["2024-03-04", "TikTok faces a ban"],
      ["2024-03-05", "TikTok sale talks continue"],
      ["2024-03-12", "Weather report"],
    ] as const) {
      await addArticle(prisma, { title, text: `${title}. More text here.`, publishedAt: `${day}T09:00:00Z` });
    }
    const created = await createTheme(prisma, producer, { name: "TikTok ban", definition: "tiktok AND ban" });
    await runBackfill(prisma, created.backfillId);
    const params = {
      themeIds: [created.themeId],
      unit: "week" as const,
      timezone: "UTC",
      from: "2024-03-04",
      to: "2024-03-17",
    };
    const before = await coverageSeries(prisma, params);
    expect(before.themes[0]?.counts).toEqual([1, 0]);
    expect(before.totals).toEqual([2, 1]);

    const edited = await updateTheme(prisma, producer, created.themeId, { definition: "tiktok" });
    expect(edited.newVersionId).toBeDefined();
    const during = await coverageSeries(prisma, params);
    expect(during.themes[0]?.counts).toEqual([1, 0]);
    expect(during.themes[0]?.version).toMatchObject({ number: 1, pendingVersion: 2 });

    const summary = await runBackfill(prisma, edited.backfillId ?? "");
    // Only the prefilter's candidates are read: the weather report cannot contain "tiktok".
    expect(summary).toMatchObject({ status: "done", done: 2, total: 2, matched: 2 });
    const after = await coverageSeries(prisma, params);
    expect(after.themes[0]?.counts).toEqual([2, 0]);
    expect(after.themes[0]?.shares).toEqual([1, 0]);
    expect(after.themes[0]?.version).toMatchObject({ number: 2, pendingVersion: null });
    // Hits of the superseded version are gone; its definition stays in the history.
    expect(await prisma.articleThemeHit.count({ where: { themeVersionId: created.versionId } })).toBe(0);
    expect(await prisma.themeVersion.count({ where: { themeId: created.themeId } })).toBe(2);
  });

  it("stops a cancelled backfill between batches and leaves the series on the old version", async () => {
    for (let i = 0; i < 30; i += 1) {
      await addArticle(prisma, {
        title: `Huawei story ${i}`,
        text: "Huawei news.",
        publishedAt: "2024-05-01T00:00:00Z",
      });
    }
    const created = await createTheme(prisma, producer, { name: "Huawei", definition: "huawei" });
    await runBackfill(prisma, created.backfillId, 10);
    const edited = await updateTheme(prisma, producer, created.themeId, { definition: "huawei story" });
    await prisma.themeBackfill.update({
      where: { id: edited.backfillId ?? "" },
      data: { cancelRequested: true },
    });
    const summary = await runBackfill(prisma, edited.backfillId ?? "", 10);
    expect(summary.status).toBe("cancelled");
    const theme = await prisma.theme.findUniqueOrThrow({ where: { id: created.themeId } });
    expect(theme.seriesVersionId).toBe(created.versionId);
    expect(theme.currentVersionId).toBe(edited.newVersionId);
  });
});

describe("backfill over candidates", () => {
  it("reads only the articles the prefilter admits, and writes the same hits as reading all", async () => {
    const texts = [
      "Huawei opens a lab in Munich.",
      "Analysts doubt Huawei's chip supply.",
      "A huawei-made router was found.",
      "Rain expected over the weekend.",
      "Election results are in.",
      "Huawei phone sales fall; huawei denies it.",
      "Football: the derby ends in a draw.",
    ];
    for (const [i, text] of texts.entries())
      await addArticle(prisma, { title: `Story ${i}`, text, publishedAt: `2024-06-0${i + 1}T08:00:00Z` });
    // An article that is not counted is never read.
    await addArticle(prisma, { title: "Failed", text: "Huawei again.", status: "failed" });

    const huawei = await createTheme(prisma, producer, { name: "Huawei", definition: "huawei NOT phone" });
    const summary = await runBackfill(prisma, huawei.backfillId, 2);
    expect(summary).toMatchObject({ status: "done", total: 4, done: 4, matched: 3 });
    expect(await prisma.themeBackfill.findUniqueOrThrow({ where: { id: huawei.backfillId } })).toMatchObject({
      total: 4,
      done: 4,
      matched: 3,
    });

    // The same definition with an alternative the prefilter cannot express (Thai is not segmented
    // into words) reads every counted article, and must find exactly the same matches.
    const all = await createTheme(prisma, producer, {
      name: "Huawei all",
      definition: "huawei NOT phone OR ภาษาไทย",
    });
    const full = await runBackfill(prisma, all.backfillId, 2);
    expect(full).toMatchObject({ status: "done", total: texts.length, done: texts.length, matched: 3 });
    const hitArticles = async (themeId: string) =>
      (await prisma.articleThemeHit.findMany({ where: { themeId }, select: { articleId: true } }))
        .map((h) => h.articleId)
        .sort();
    expect(await hitArticles(huawei.themeId)).toEqual(await hitArticles(all.themeId));
  });

  it("resumes from its cursor over candidates after a restart", async () => {
    for (let i = 0; i < 9; i += 1)
      await addArticle(prisma, {
        title: `Item ${i}`,
        text: i % 3 === 0 ? "Nothing to see." : "Tencent results.",
        publishedAt: "2024-07-01T00:00:00Z",
      });
    const created = await createTheme(prisma, producer, { name: "Tencent", definition: "tencent" });
    const ids = (
      await prisma.article.findMany({
        where: { text: { contains: "Tencent" } },
        select: { id: true },
        orderBy: { id: "asc" },
      })
    ).map((a) => a.id);
    // As if a first run had done the first three candidates and then the worker died.
    await prisma.themeBackfill.update({
      where: { id: created.backfillId },
      data: { status: "running", done: 3, matched: 3, cursor: ids[2] ?? null },
    });
    const summary = await runBackfill(prisma, created.backfillId, 2);
    expect(summary).toMatchObject({ status: "done", total: 6, done: 6, matched: 6 });
    // Only the candidates after the cursor were tagged by this run.
    expect(await prisma.articleThemeHit.count({ where: { themeId: created.themeId } })).toBe(3);
  });
});

describe("aggregates", () => {
  it("stay equal to a full recount through tagging, date changes, source changes and status changes", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      ids.push(
        await addArticle(prisma, {
          title: i % 3 === 0 ? "Huawei and 5G" : "Other news",
          text: i % 2 === 0 ? "Huawei said something about 5G networks." : "Nothing relevant.",
          publishedAt:
            i % 4 === 0
              ? null
              : `2024-06-${String(1 + i).padStart(2, "0")}T${String(i).padStart(2, "0")}:30:00Z`,
          sourceKey: i % 2 === 0 ? "a.example" : "b.example",
        }),
      );
    }
    const theme = await createTheme(prisma, producer, { name: "Huawei 5G", definition: "huawei OR 5g" });
    await runBackfill(prisma, theme.backfillId);
    // Re-ingest-like changes: a new date, a new source, an article gone, one now a duplicate.
    const { syncArticleCoverage } = await import("../../src/coverage/index.ts");
    const otherSource = await prisma.source.create({ data: { key: "c.example", domain: "c.example" } });
    const changes = [
      { id: ids[1], data: { publishedAt: new Date("2024-07-01T23:59:00Z") } },
      { id: ids[2], data: { sourceId: otherSource.id } },
      { id: ids[3], data: { status: "gone" as const } },
      { id: ids[5], data: { status: "duplicate" as const, duplicateOfId: ids[4] } },
    ];
    for (const change of changes) {
      await prisma.$transaction(async (tx) => {
        await tx.article.update({ where: { id: change.id ?? "" }, data: change.data });
        await syncArticleCoverage(tx, change.id ?? "");
      });
    }
    await prisma.article.update({ where: { id: ids[6] ?? "" }, data: { text: "Now it mentions Huawei." } });
    await tagArticle(prisma, ids[6] ?? "");
    await prisma.article.update({
      where: { id: ids[0] ?? "" },
      data: { title: "Unrelated", text: "Unrelated." },
    });
    await tagArticle(prisma, ids[0] ?? "");

    const incremental = await aggregateSnapshot();
    await rebuildCoverage(prisma);
    expect(incremental).toBe(await aggregateSnapshot());
    // In batches of two articles and one-day windows: the same numbers.
    const batched = await rebuildCoverage(prisma, { articleBatch: 4, windowDays: 7 });
    expect(batched.articleBatches).toBeGreaterThan(1);
    expect(batched.windows).toBeGreaterThan(1);
    expect(incremental).toBe(await aggregateSnapshot());
  }, 90_000);

  it("stay exact when a batched rebuild runs while articles are re-tagged and re-dated", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 16; i += 1) {
      ids.push(
        await addArticle(prisma, {
          title: i % 2 === 0 ? "Huawei news" : "Other news",
          text: "Some text.",
          publishedAt: `2024-06-${String(1 + (i % 9)).padStart(2, "0")}T${String(i).padStart(2, "0")}:45:00Z`,
          sourceKey: i % 3 === 0 ? "a.example" : "b.example",
        }),
      );
    }
    const theme = await createTheme(prisma, producer, { name: "Huawei", definition: "huawei" });
    await runBackfill(prisma, theme.backfillId);
    // A second theme, so articles hit pairs of versions that the writers then change.
    const news = await createTheme(prisma, producer, { name: "News", definition: "news OR now" });
    await runBackfill(prisma, news.backfillId);
    expect(await prisma.themePairDaily.count({ where: { articles: { gt: 0 } } })).toBeGreaterThan(0);
    const { syncArticleCoverage } = await import("../../src/coverage/index.ts");
    // Writers change articles while the rebuild walks its batches and windows.
    const writers = ids.map(async (id, i) => {
      await prisma.$transaction(async (tx) => {
        await tx.article.update({
          where: { id },
          data: { publishedAt: new Date(`2024-06-${String(9 - (i % 9)).padStart(2, "0")}T05:15:00Z`) },
        });
        await syncArticleCoverage(tx, id);
      });
      await prisma.article.update({ where: { id }, data: { title: i % 2 === 0 ? "Plain" : "Huawei now" } });
      await tagArticle(prisma, id);
    });
    await Promise.all([rebuildCoverage(prisma, { articleBatch: 3, windowDays: 1 }), ...writers]);
    const afterRace = await aggregateSnapshot();
    await rebuildCoverage(prisma);
    expect(afterRace).toBe(await aggregateSnapshot());
  }, 90_000);
});

describe("preview", () => {
  it("counts exactly the articles a backfill would match, with evidence samples", async () => {
    const texts = [
      "Huawei faces a ban in Europe.",
      "TikTok data privacy row.",
      "A Huawei phone review.",
      "Banana prices rise.",
    ];
    for (const [i, text] of texts.entries()) {
      await addArticle(prisma, { title: `Story ${i}`, text, publishedAt: `2024-02-0${i + 1}T12:00:00Z` });
    }
    const definition = 'huawei NOT phone OR "data privacy"';
    const preview = await previewDefinition(prisma, { definition });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.method).toBe("prefilter");
    expect(preview.matched).toBe(2);
    expect(preview.samples.map((s) => s.evidence[0]?.sentence).sort()).toEqual([
      "Huawei faces a ban in Europe.",
      "TikTok data privacy row.",
    ]);
    expect(preview.weekly.reduce((sum, w) => sum + w.count, 0)).toBe(2);

    const theme = await createTheme(prisma, producer, { name: "Check", definition });
    expect((await runBackfill(prisma, theme.backfillId)).matched).toBe(preview.matched);
  });

  it("reports a syntax error with its column instead of throwing", async () => {
    const preview = await previewDefinition(prisma, { definition: 'huawei AND "unclosed' });
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.error.column).toBe(12);
  });
});
