// Recomputing every aggregate (theme version pairs included) from the articles and hits themselves. The incremental upkeep is
// the fast path; this is the ground truth (used by `tidemark coverage rebuild` and by tests that
// check the two agree). It works in batches, never in one transaction, while writers keep going:
//   1. each article's recorded contribution (counted_*) is corrected, a batch of ids at a time,
//      rows locked in id order as every writer locks them;
//   2. the aggregates are recomputed one window of UTC days at a time. A window's transaction
//      locks the aggregate tables (EXCLUSIVE: readers pass, writers wait), so a writer's delta
//      lands either before (and its article change is in the recount) or after (and moves the
//      recounted rows from the state the recount saw). Articles are only read, never locked, so
//      this cannot deadlock with a writer holding article rows while waiting for the aggregates.
import { type Db, Prisma } from "@tidemark/db";
import { articleInstant } from "../sql/article-fragments.ts";
import { ALL_SOURCES, COUNTED_STATUSES } from "./keys.ts";

/** What a counted article contributes, as coverageKeyOf (keys.ts) computes it. */
const countedBasis = Prisma.sql`(CASE WHEN a.published_at IS NOT NULL THEN 'published' ELSE 'fetched' END)::"DateBasis"`;
const countedHour = Prisma.sql`date_trunc('hour', ${articleInstant}, 'UTC')`;
const countedQuarter = Prisma.sql`date_bin('15 minutes', ${articleInstant}, TIMESTAMPTZ '2000-01-01 00:00:00+00')`;

const DAY = 86_400_000;

export interface RebuildOptions {
  /** Articles per transaction in step 1. */
  articleBatch?: number;
  /** UTC days per transaction in step 2. */
  windowDays?: number;
  onProgress?: (p: { step: "articles" | "aggregates"; done: number; total: number }) => void;
}

export interface RebuildSummary {
  articleBatches: number;
  windows: number;
}

export async function rebuildCoverage(db: Db, options: RebuildOptions = {}): Promise<RebuildSummary> {
  const articleBatches = await recordContributions(db, options.articleBatch ?? 20_000, options.onProgress);
  const windows = await recountWindows(db, options.windowDays ?? 61, options.onProgress);
  return { articleBatches, windows };
}

async function recordContributions(
  db: Db,
  batchSize: number,
  onProgress: RebuildOptions["onProgress"],
): Promise<number> {
  const statuses = [...COUNTED_STATUSES];
  const [estimate] = await db.$queryRaw<{ n: number }[]>`
    SELECT greatest(reltuples, 0)::float8 AS n FROM pg_class WHERE oid = 'articles'::regclass`;
  let cursor: string | null = null;
  let batches = 0;
  let done = 0;
  for (;;) {
    const last: string | null = await db.$transaction(
      async (tx) => {
        const ids = await tx.$queryRaw<{ id: string }[]>`
          SELECT id::text FROM articles ${cursor ? Prisma.sql`WHERE id > ${cursor}::uuid` : Prisma.empty}
          ORDER BY id LIMIT ${batchSize} FOR UPDATE`;
        const first = ids[0]?.id;
        const end = ids.at(-1)?.id;
        if (!first || !end) return null;
        const inBatch = Prisma.sql`a.id >= ${first}::uuid AND a.id <= ${end}::uuid`;
        // Only rows whose recorded contribution is wrong are rewritten: normally none are.
        await tx.$executeRaw`
          UPDATE articles a SET counted_basis = ${countedBasis}, counted_hour = ${countedHour},
                 counted_quarter = ${countedQuarter}, counted_source_id = a.source_id
          WHERE ${inBatch} AND a.status::text = ANY(${statuses}) AND a.duplicate_of_id IS NULL
            AND (a.counted_basis, a.counted_hour, a.counted_quarter, a.counted_source_id)
                IS DISTINCT FROM (${countedBasis}, ${countedHour}, ${countedQuarter}, a.source_id)`;
        await tx.$executeRaw`
          UPDATE articles a SET counted_basis = NULL, counted_hour = NULL, counted_quarter = NULL, counted_source_id = NULL
          WHERE ${inBatch} AND NOT (a.status::text = ANY(${statuses}) AND a.duplicate_of_id IS NULL)
            AND (a.counted_basis, a.counted_hour, a.counted_quarter, a.counted_source_id)
                IS DISTINCT FROM (NULL, NULL, NULL, NULL)`;
        done += ids.length;
        return end;
      },
      { timeout: 120_000 },
    );
    if (!last) return batches;
    cursor = last;
    batches += 1;
    onProgress?.({ step: "articles", done, total: Math.max(done, Math.round(estimate?.n ?? 0)) });
  }
}

// theme_pair_daily last: writers touch it in the statement that moves the per-theme tables, so a
// rebuild that holds it already holds everything else and waits for no one.
const AGGREGATE_TABLES = Prisma.sql`coverage_hourly, theme_coverage_hourly, coverage_quarter,
  theme_coverage_quarter, coverage_daily, theme_coverage_daily, theme_pair_daily`;

async function recountWindows(
  db: Db,
  windowDays: number,
  onProgress: RebuildOptions["onProgress"],
): Promise<number> {
  const [extent] = await db.$queryRaw<{ first: Date | null; last: Date | null }[]>`
    SELECT min(counted_quarter) AS first, max(counted_quarter) AS last FROM articles`;
  const first = extent?.first ? Math.floor(extent.first.getTime() / DAY) * DAY : 0;
  const end = extent?.last ? (Math.floor(extent.last.getTime() / DAY) + 1) * DAY : 0;
  // Rows outside every window (left by corrupt upkeep) go first, in one short transaction.
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE ${AGGREGATE_TABLES} IN EXCLUSIVE MODE`;
    const lo = new Date(first);
    const hi = new Date(end);
    const loDay = lo.toISOString().slice(0, 10);
    const hiDay = hi.toISOString().slice(0, 10);
    await tx.$executeRaw`DELETE FROM coverage_hourly WHERE NOT (hour >= ${lo} AND hour < ${hi})`;
    await tx.$executeRaw`DELETE FROM theme_coverage_hourly WHERE NOT (hour >= ${lo} AND hour < ${hi})`;
    await tx.$executeRaw`DELETE FROM coverage_quarter WHERE NOT (quarter >= ${lo} AND quarter < ${hi})`;
    await tx.$executeRaw`DELETE FROM theme_coverage_quarter WHERE NOT (quarter >= ${lo} AND quarter < ${hi})`;
    await tx.$executeRaw`DELETE FROM coverage_daily WHERE NOT (day >= ${loDay}::date AND day < ${hiDay}::date)`;
    await tx.$executeRaw`DELETE FROM theme_coverage_daily WHERE NOT (day >= ${loDay}::date AND day < ${hiDay}::date)`;
    await tx.$executeRaw`DELETE FROM theme_pair_daily WHERE NOT (day >= ${loDay}::date AND day < ${hiDay}::date)`;
  });
  const step = windowDays * DAY;
  const total = Math.ceil((end - first) / step);
  let windows = 0;
  for (let at = first; at < end; at += step) {
    await recountWindow(db, new Date(at), new Date(Math.min(at + step, end)));
    windows += 1;
    onProgress?.({ step: "aggregates", done: windows, total });
  }
  return windows;
}

/** Every aggregate row in [lo, hi) (whole UTC days) recomputed in one transaction. */
async function recountWindow(db: Db, lo: Date, hi: Date): Promise<void> {
  const loDay = lo.toISOString().slice(0, 10);
  const hiDay = hi.toISOString().slice(0, 10);
  const inWindow = Prisma.sql`a.counted_quarter >= ${lo} AND a.counted_quarter < ${hi}`;
  const keys = Prisma.sql`unnest(ARRAY[${ALL_SOURCES}::uuid, a.counted_source_id]) AS k`;
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`LOCK TABLE ${AGGREGATE_TABLES} IN EXCLUSIVE MODE`;
      await tx.$executeRaw`DELETE FROM coverage_hourly WHERE hour >= ${lo} AND hour < ${hi}`;
      await tx.$executeRaw`DELETE FROM theme_coverage_hourly WHERE hour >= ${lo} AND hour < ${hi}`;
      await tx.$executeRaw`DELETE FROM coverage_quarter WHERE quarter >= ${lo} AND quarter < ${hi}`;
      await tx.$executeRaw`DELETE FROM theme_coverage_quarter WHERE quarter >= ${lo} AND quarter < ${hi}`;
      await tx.$executeRaw`DELETE FROM coverage_daily WHERE day >= ${loDay}::date AND day < ${hiDay}::date`;
      await tx.$executeRaw`DELETE FROM theme_coverage_daily WHERE day >= ${loDay}::date AND day < ${hiDay}::date`;
      await tx.$executeRaw`DELETE FROM theme_pair_daily WHERE day >= ${loDay}::date AND day < ${hiDay}::date`;
      // One pass over the window's articles and one over their hits; hours and days are sums of
      // the same grouped rows.
      await tx.$executeRaw`
        WITH t AS (
          SELECT k, a.counted_basis AS basis, a.counted_hour AS hour, a.counted_quarter AS quarter, count(*)::int AS n
          FROM articles a CROSS JOIN LATERAL ${keys}
          WHERE ${inWindow} AND k IS NOT NULL
          GROUP BY 1, 2, 3, 4
        ), q AS (
          INSERT INTO coverage_quarter (source_key, quarter, basis, articles) SELECT k, quarter, basis, n FROM t
        ), h AS (
          INSERT INTO coverage_hourly (basis, source_key, hour, articles)
          SELECT basis, k, hour, sum(n)::int FROM t GROUP BY 1, 2, 3
        )
        INSERT INTO coverage_daily (source_key, day, basis, articles)
        SELECT k, (quarter AT TIME ZONE 'UTC')::date, basis, sum(n)::int FROM t GROUP BY 1, 2, 3`;
      await tx.$executeRaw`
        WITH t AS (
          SELECT h.theme_version_id AS v, k, a.counted_basis AS basis, a.counted_hour AS hour,
                 a.counted_quarter AS quarter, count(*)::int AS n
          FROM articles a JOIN article_theme_hits h ON h.article_id = a.id CROSS JOIN LATERAL ${keys}
          WHERE ${inWindow} AND k IS NOT NULL
          GROUP BY 1, 2, 3, 4, 5
        ), q AS (
          INSERT INTO theme_coverage_quarter (theme_version_id, source_key, quarter, basis, articles)
          SELECT v, k, quarter, basis, n FROM t
        ), h AS (
          INSERT INTO theme_coverage_hourly (theme_version_id, basis, source_key, hour, articles)
          SELECT v, basis, k, hour, sum(n)::int FROM t GROUP BY 1, 2, 3, 4
        )
        INSERT INTO theme_coverage_daily (theme_version_id, source_key, day, basis, articles)
        SELECT v, k, (quarter AT TIME ZONE 'UTC')::date, basis, sum(n)::int FROM t GROUP BY 1, 2, 3, 4`;
      // Each unordered pair of versions an article hits, smaller id first (see pairs.ts).
      await tx.$executeRaw`
        INSERT INTO theme_pair_daily (version_a, version_b, source_key, day, basis, articles)
        SELECT x.theme_version_id, y.theme_version_id, k, (a.counted_quarter AT TIME ZONE 'UTC')::date,
               a.counted_basis, count(*)::int
        FROM articles a
        JOIN article_theme_hits x ON x.article_id = a.id
        JOIN article_theme_hits y ON y.article_id = a.id AND y.theme_version_id > x.theme_version_id
        CROSS JOIN LATERAL ${keys}
        WHERE ${inWindow} AND k IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5`;
    },
    { timeout: 600_000 },
  );
}
