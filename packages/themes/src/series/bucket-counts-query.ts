// Counts per bucket from the hourly aggregates: totals (version null) and per theme version,
// for each date basis. Exact in any zone whose offset is whole hours over the range, because
// every bucket edge is then a whole UTC hour.
import type { Db } from "@tidemark/db";
import { ALL_SOURCES } from "../coverage/keys.ts";
import type { RangeParams } from "./params.ts";
import type { RangeBounds } from "./range-bounds.ts";

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
  versionIds: readonly string[],
): Promise<BucketCount[]> {
  const keys = p.sourceIds?.length ? p.sourceIds : [ALL_SOURCES];
  return db.$queryRaw<BucketCount[]>`
    SELECT width_bucket(c.hour, ${bounds.edges}::timestamptz[]) - 1 AS bucket,
           c.basis::text AS basis, NULL::uuid AS version, sum(c.articles)::int AS n
    FROM coverage_hourly c
    WHERE c.source_key = ANY(${keys}::uuid[]) AND c.hour >= ${bounds.fromUtc} AND c.hour < ${bounds.toUtc}
    GROUP BY 1, 2
    UNION ALL
    SELECT width_bucket(t.hour, ${bounds.edges}::timestamptz[]) - 1, t.basis::text, t.theme_version_id, sum(t.articles)::int
    FROM theme_coverage_hourly t
    WHERE t.theme_version_id = ANY(${[...versionIds]}::uuid[]) AND t.source_key = ANY(${keys}::uuid[])
      AND t.hour >= ${bounds.fromUtc} AND t.hour < ${bounds.toUtc}
    GROUP BY 1, 2, 3`;
}
