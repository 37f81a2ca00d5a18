// Counts per bucket from the aggregates: totals (version null) and per theme version, for each
// date basis. Whole UTC days come from the daily roll-ups and the pieces of days cut by a local
// midnight from the quarter-hour rows (see segments.ts), so the counts are exact in every zone,
// fractional offsets and DST changes included, without reading articles.
import type { Db } from "@tidemark/db";
import { ALL_SOURCES } from "../coverage/keys.ts";
import type { RangeParams } from "./params.ts";
import type { RangeBounds } from "./range-bounds.ts";
import type { Segments } from "./segments.ts";

export interface BucketCount {
  /** 0-based index into RangeBounds.buckets. */
  bucket: number;
  basis: "published" | "fetched";
  version: string | null;
  n: number;
}

export async function bucketCountsFromAggregates(
  db: Db,
  p: Pick<RangeParams, "sourceIds">,
  bounds: RangeBounds,
  segments: Segments,
  versionIds: readonly string[],
): Promise<BucketCount[]> {
  const keys = p.sourceIds?.length ? p.sourceIds : [ALL_SOURCES];
  const versions = [...versionIds];
  const firstDay = bounds.fromUtc.toISOString().slice(0, 10);
  const lastDay = bounds.toUtc.toISOString().slice(0, 10);
  return db.$queryRaw<BucketCount[]>`
    WITH d AS (
      SELECT * FROM unnest(${segments.days}::date[], ${segments.dayBuckets}::int[]) AS d(day, bucket)
    ), q AS (
      SELECT * FROM unnest(${segments.pieceLo}::timestamptz[], ${segments.pieceHi}::timestamptz[],
                           ${segments.pieceBuckets}::int[], ${segments.pieceSigns}::int[]) AS q(lo, hi, bucket, sign)
    ), counts AS (
      SELECT d.bucket, c.basis, NULL::uuid AS version, c.articles AS n
      FROM coverage_daily c JOIN d ON d.day = c.day
      WHERE c.source_key = ANY(${keys}::uuid[]) AND c.day >= ${firstDay}::date AND c.day <= ${lastDay}::date
      UNION ALL
      SELECT q.bucket, c.basis, NULL::uuid, q.sign * c.articles
      FROM q JOIN coverage_quarter c ON c.quarter >= q.lo AND c.quarter < q.hi
      WHERE c.source_key = ANY(${keys}::uuid[])
      UNION ALL
      SELECT d.bucket, t.basis, t.theme_version_id, t.articles
      FROM theme_coverage_daily t JOIN d ON d.day = t.day
      WHERE t.theme_version_id = ANY(${versions}::uuid[]) AND t.source_key = ANY(${keys}::uuid[])
        AND t.day >= ${firstDay}::date AND t.day <= ${lastDay}::date
      UNION ALL
      SELECT q.bucket, t.basis, t.theme_version_id, q.sign * t.articles
      FROM q JOIN theme_coverage_quarter t ON t.quarter >= q.lo AND t.quarter < q.hi
      WHERE t.theme_version_id = ANY(${versions}::uuid[]) AND t.source_key = ANY(${keys}::uuid[])
    )
    SELECT bucket, basis::text AS basis, version, sum(n)::int AS n FROM counts GROUP BY 1, 2, 3`;
}
