// Adding or taking back contributions. Upserts with `articles + delta` are atomic, so concurrent
// workers never lose an update; callers hold the articles' row locks, so the same article is never
// counted twice. Each call is one statement that moves every level (hourly, quarter hour, UTC day)
// in the same fixed order, rows in key order, so two writers touching overlapping aggregate rows
// take their locks in the same order and cannot deadlock.
import type { Prisma } from "@tidemark/db";
import { ALL_SOURCES, type CoverageKey } from "./keys.ts";
import { type PairDelta, pairDeltasOf } from "./pairs.ts";

type Tx = Prisma.TransactionClient;

/** One article's +1 or −1 for one theme version, at the article's counted key. */
export interface ThemeDelta {
  versionId: string;
  key: CoverageKey;
  delta: number;
}

export async function applyArticleDelta(tx: Tx, key: CoverageKey, delta: 1 | -1): Promise<void> {
  await applyArticleDeltas(tx, [{ key, delta }]);
}

/**
 * Several contributions in one statement, summed per aggregate row: a move (−1 at the old key,
 * +1 at the new) must be one statement, or two writers moving articles in opposite directions
 * would each hold the row the other needs.
 */
export async function applyArticleDeltas(
  tx: Tx,
  deltas: readonly { key: CoverageKey; delta: number }[],
  /** Records the article's new counted key in the same statement (its row lock is held). */
  counted?: { articleId: string; key: CoverageKey | null },
): Promise<void> {
  if (deltas.length === 0) return;
  const key = counted?.key ?? null;
  await tx.$executeRaw`
    WITH counted AS (
      UPDATE articles SET counted_hour = ${key?.hour ?? null}, counted_quarter = ${key?.quarter ?? null},
             counted_basis = ${key?.basis ?? null}::"DateBasis", counted_source_id = ${key?.sourceId ?? null}::uuid
      WHERE id = ${counted?.articleId ?? null}::uuid
    ), x AS (
      SELECT b::"DateBasis" AS b, h, q, (q AT TIME ZONE 'UTC')::date AS day, k, d
      FROM unnest(${deltas.map((d) => d.key.basis)}::text[], ${deltas.map((d) => d.key.hour)}::timestamptz[],
                  ${deltas.map((d) => d.key.quarter)}::timestamptz[], ${deltas.map((d) => d.key.sourceId)}::uuid[],
                  ${deltas.map((d) => d.delta)}::int[]) AS x(b, h, q, s, d)
      CROSS JOIN LATERAL unnest(ARRAY[${ALL_SOURCES}::uuid, s]) AS k
      WHERE k IS NOT NULL
    ), hourly AS (
      INSERT INTO coverage_hourly (basis, source_key, hour, articles)
      SELECT b, k, h, sum(d)::int FROM x GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (basis, source_key, hour)
      DO UPDATE SET articles = coverage_hourly.articles + EXCLUDED.articles
      RETURNING 1
    ), quarter AS (
      INSERT INTO coverage_quarter (source_key, quarter, basis, articles)
      SELECT k, q, b, sum(d)::int FROM x GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (source_key, quarter, basis)
      DO UPDATE SET articles = coverage_quarter.articles + EXCLUDED.articles
      RETURNING 1
    )
    INSERT INTO coverage_daily (source_key, day, basis, articles)
    SELECT k, day, b, sum(d)::int FROM x GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (source_key, day, basis)
    DO UPDATE SET articles = coverage_daily.articles + EXCLUDED.articles`;
}

/**
 * Every delta at its key's all-sources row and its source's row, summed per aggregate row; with
 * the pair deltas of the same change (theme_pair_daily) in the same statement, so the pair
 * counts move exactly when the per-theme counts do, in the same table and key order for every
 * writer (pairs last, as the coverage rebuild locks them).
 */
export async function applyThemeDeltas(
  tx: Tx,
  deltas: readonly ThemeDelta[],
  pairs: readonly PairDelta[] = [],
): Promise<void> {
  if (deltas.length === 0 && pairs.length === 0) return;
  await tx.$executeRaw`
    WITH x AS (
      SELECT v, b::"DateBasis" AS b, h, q, (q AT TIME ZONE 'UTC')::date AS day, k, d
      FROM unnest(${deltas.map((d) => d.versionId)}::uuid[], ${deltas.map((d) => d.key.basis)}::text[],
                  ${deltas.map((d) => d.key.hour)}::timestamptz[], ${deltas.map((d) => d.key.quarter)}::timestamptz[],
                  ${deltas.map((d) => d.key.sourceId)}::uuid[], ${deltas.map((d) => d.delta)}::int[]) AS x(v, b, h, q, s, d)
      CROSS JOIN LATERAL unnest(ARRAY[${ALL_SOURCES}::uuid, s]) AS k
      WHERE k IS NOT NULL
    ), p AS (
      SELECT va, vb, b::"DateBasis" AS b, (q AT TIME ZONE 'UTC')::date AS day, k, d
      FROM unnest(${pairs.map((d) => d.a)}::uuid[], ${pairs.map((d) => d.b)}::uuid[],
                  ${pairs.map((d) => d.key.basis)}::text[], ${pairs.map((d) => d.key.quarter)}::timestamptz[],
                  ${pairs.map((d) => d.key.sourceId)}::uuid[], ${pairs.map((d) => d.delta)}::int[]) AS p(va, vb, b, q, s, d)
      CROSS JOIN LATERAL unnest(ARRAY[${ALL_SOURCES}::uuid, s]) AS k
      WHERE k IS NOT NULL
    ), hourly AS (
      INSERT INTO theme_coverage_hourly (theme_version_id, basis, source_key, hour, articles)
      SELECT v, b, k, h, sum(d)::int FROM x
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (theme_version_id, basis, source_key, hour)
      DO UPDATE SET articles = theme_coverage_hourly.articles + EXCLUDED.articles
      RETURNING 1
    ), quarter AS (
      INSERT INTO theme_coverage_quarter (theme_version_id, source_key, quarter, basis, articles)
      SELECT v, k, q, b, sum(d)::int FROM x
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (theme_version_id, source_key, quarter, basis)
      DO UPDATE SET articles = theme_coverage_quarter.articles + EXCLUDED.articles
      RETURNING 1
    ), daily AS (
      INSERT INTO theme_coverage_daily (theme_version_id, source_key, day, basis, articles)
      SELECT v, k, day, b, sum(d)::int FROM x
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (theme_version_id, source_key, day, basis)
      DO UPDATE SET articles = theme_coverage_daily.articles + EXCLUDED.articles
      RETURNING 1
    )
    INSERT INTO theme_pair_daily (version_a, version_b, source_key, day, basis, articles)
    SELECT va, vb, k, day, b, sum(d)::int FROM p
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(d) <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (version_a, version_b, source_key, day, basis)
    DO UPDATE SET articles = theme_pair_daily.articles + EXCLUDED.articles`;
}

/** One article's contribution for several versions at once, their pairs included. */
export async function applyThemeDelta(
  tx: Tx,
  key: CoverageKey,
  versionIds: readonly string[],
  delta: 1 | -1,
): Promise<void> {
  await applyThemeDeltas(
    tx,
    versionIds.map((versionId) => ({ versionId, key, delta })),
    pairDeltasOf(versionIds, key, delta),
  );
}
