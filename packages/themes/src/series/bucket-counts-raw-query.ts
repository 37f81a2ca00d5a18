// The same counts straight from articles and hits, for zones with fractional offsets (e.g.
// Asia/Kolkata), where hourly aggregates cannot be split. Slower, equally exact.
import type { Db } from "@tidemark/db";
import type { BucketCount } from "./bucket-counts-query.ts";
import type { RangeParams } from "./params.ts";
import type { RangeBounds } from "./range-bounds.ts";

export async function bucketCountsFromRows(
  db: Db,
  p: RangeParams,
  bounds: RangeBounds,
  versionIds: readonly string[],
): Promise<BucketCount[]> {
  const sources = p.sourceIds ?? [];
  const allSources = sources.length === 0;
  return db.$queryRaw<BucketCount[]>`
    WITH counted AS (
      SELECT a.id, a.counted_basis::text AS basis, coalesce(a.published_at, a.fetched_at, a.created_at) AS at
      FROM articles a
      WHERE a.counted_hour IS NOT NULL
        AND (${allSources} OR a.counted_source_id = ANY(${sources}::uuid[]))
        AND coalesce(a.published_at, a.fetched_at, a.created_at) >= ${bounds.fromUtc}
        AND coalesce(a.published_at, a.fetched_at, a.created_at) < ${bounds.toUtc}
    )
    SELECT to_char(date_trunc(${p.unit}, c.at AT TIME ZONE ${p.timezone}), 'YYYY-MM-DD') AS bucket,
           c.basis, NULL::uuid AS version, count(*)::int AS n
    FROM counted c GROUP BY 1, 2
    UNION ALL
    SELECT to_char(date_trunc(${p.unit}, c.at AT TIME ZONE ${p.timezone}), 'YYYY-MM-DD'),
           c.basis, h.theme_version_id, count(*)::int
    FROM counted c JOIN article_theme_hits h ON h.article_id = c.id
    WHERE h.theme_version_id = ANY(${[...versionIds]}::uuid[])
    GROUP BY 1, 2, 3`;
}
