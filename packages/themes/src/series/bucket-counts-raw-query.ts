// The same counts straight from articles and hits, for zones with fractional offsets (e.g.
// Asia/Kolkata), where an hourly aggregate can straddle a bucket edge. Slower, equally exact.
import type { Db } from "@tidemark/db";
import { articleInstant, inSources } from "../sql/article-fragments.ts";
import type { BucketCount } from "./bucket-counts-query.ts";
import type { RangeParams } from "./params.ts";
import type { RangeBounds } from "./range-bounds.ts";

export async function bucketCountsFromRows(
  db: Db,
  p: Pick<RangeParams, "sourceIds">,
  bounds: RangeBounds,
  versionIds: readonly string[],
): Promise<BucketCount[]> {
  return db.$queryRaw<BucketCount[]>`
    WITH counted AS (
      SELECT a.id, a.counted_basis::text AS basis,
             width_bucket(${articleInstant}, ${bounds.edges}::timestamptz[]) - 1 AS bucket
      FROM articles a
      WHERE a.counted_hour IS NOT NULL AND ${inSources(p.sourceIds)}
        AND ${articleInstant} >= ${bounds.fromUtc} AND ${articleInstant} < ${bounds.toUtc}
    )
    SELECT c.bucket, c.basis, NULL::uuid AS version, count(*)::int AS n
    FROM counted c GROUP BY 1, 2
    UNION ALL
    SELECT c.bucket, c.basis, h.theme_version_id, count(*)::int
    FROM counted c JOIN article_theme_hits h ON h.article_id = c.id
    WHERE h.theme_version_id = ANY(${[...versionIds]}::uuid[])
    GROUP BY 1, 2, 3`;
}
