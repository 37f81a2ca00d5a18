// Exact numbers on a realistic corpus: every tenth of the 10,000 dated HuffPost headlines (News
// Category Dataset, Misra 2022, CC BY 4.0; 1,000 articles spread over 2018–2022), loaded through
// the file intake and processed by the real worker, then every bucket of the coverage series is
// compared with a plain SQL recount. The full corpus is a benchmark's job, not a test's.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { prisma } from "@tidemark/db";
import { importDocumentRecords, readRecords } from "@tidemark/intake";
import { Producer } from "@tidemark/queue";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import { createTheme } from "@tidemark/themes";
import { coverageSeries } from "@tidemark/themes/series";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitUntil } from "./support/wait.ts";
import { startWorker, type WorkerProcess } from "./support/worker-process.ts";

const CORPUS = fileURLToPath(new URL("../../../../shared/data/corpus/huffpost-10k.jsonl", import.meta.url));
const producer = new Producer();
let worker: WorkerProcess | undefined;
const themes: { id: string; versionId: string; slug: string }[] = [];

beforeAll(async () => {
  await truncateAllTables(prisma);
  await resetTestRedis();
  worker = await startWorker({ WORKER_INGEST_CONCURRENCY: "16", WORKER_THEMES_CONCURRENCY: "4" });
  for (const [name, definition] of [
    ["Trump", "trump"],
    ["Pandemic", "covid* OR coronavirus OR pandemic"],
    ["Climate", '"climate change" OR (climate NEAR/3 crisis) OR climat* OR "global warming"'],
  ] as const) {
    const created = await createTheme(prisma, producer, { name, definition });
    themes.push({ id: created.themeId, versionId: created.versionId, slug: name.toLowerCase() });
  }
  const lines = readRecords(await readFile(CORPUS, "utf8"), "jsonl").filter((_, i) => i % 10 === 0);
  const result = await importDocumentRecords(
    prisma,
    producer,
    lines,
    {
      text: ["headline", "short_description"],
      title: "headline",
      date: "date",
      author: "authors",
      url: "link",
    },
    "huffpost-10k.jsonl",
  );
  const created = result.lines.filter((l) => l.outcome.outcome === "created").length;
  expect(created).toBeGreaterThan(990);
  // Every article extracted and tagged: no ingest or tag work left.
  await waitUntil(
    async () => ({
      pending: await prisma.article.count({ where: { status: { in: ["queued", "fetching"] } } }),
      // Tagging still owed: Postgres records it (tagged_hash differs from content_hash).
      untagged: Number(
        (
          await prisma.$queryRaw<{ n: bigint }[]>`
            SELECT count(*) AS n FROM articles
            WHERE status = 'extracted' AND tagged_hash IS DISTINCT FROM content_hash`
        )[0]?.n ?? 0,
      ),
      backfills: await prisma.themeBackfill.count({ where: { status: { in: ["queued", "running"] } } }),
    }),
    (s) => s.pending === 0 && s.untagged === 0 && s.backfills === 0,
    600_000,
  );
}, 660_000);

afterAll(async () => {
  await worker?.stop();
  await producer.close();
  await prisma.$disconnect();
});

describe("coverage series on the HuffPost corpus", () => {
  it.each([
    ["day", "UTC", "2019-01-01", "2021-12-31"],
    ["week", "America/New_York", "2018-05-01", "2022-09-30"],
    ["month", "Europe/Berlin", "2018-05-01", "2022-09-30"],
  ] as const)("every %s bucket in %s equals a SQL recount", async (unit, timezone, from, to) => {
    const series = await coverageSeries(prisma, {
      themeIds: themes.map((t) => t.id),
      unit,
      timezone,
      from,
      to,
    });
    for (const [index, theme] of themes.entries()) {
      const rows = await prisma.$queryRawUnsafe<{ b: string; total: number; hits: number }[]>(
        `SELECT to_char(date_trunc($1, a.published_at AT TIME ZONE $2), 'YYYY-MM-DD') AS b,
                count(*)::int AS total, count(h.article_id)::int AS hits
         FROM articles a
         LEFT JOIN article_theme_hits h ON h.article_id = a.id AND h.theme_version_id = $3::uuid
         WHERE a.status = 'extracted' AND a.published_at IS NOT NULL
           AND (a.published_at AT TIME ZONE $2)::date BETWEEN $4::date AND $5::date
         GROUP BY 1`,
        unit,
        timezone,
        theme.versionId,
        from,
        to,
      );
      const expected = new Map(rows.map((r) => [r.b, r]));
      const got = series.themes[index];
      series.buckets.forEach((bucket, i) => {
        expect([bucket, series.totals[i]]).toEqual([bucket, expected.get(bucket)?.total ?? 0]);
        expect([bucket, got?.counts[i]]).toEqual([bucket, expected.get(bucket)?.hits ?? 0]);
      });
      expect([...expected.keys()].every((b) => series.buckets.includes(b))).toBe(true);
    }
    expect(series.totals.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(series.themes.every((t) => t.counts.some((c) => c > 0))).toBe(true);
  });
});
