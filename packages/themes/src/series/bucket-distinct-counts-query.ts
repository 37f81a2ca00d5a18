// Distinct text families or stories per bucket, straight from the counted articles and hits: a
// family (story) counts once in a bucket however many of its articles fall there; an article not
// grouped yet counts as a family (story) of its own. Same buckets, bases and versions as the
// article counts, so shares divide like by like.
import { type Db, Prisma } from "@tidemark/db";
import { articleInstant, inSources } from "../sql/article-fragments.ts";
import type { BucketCount } from "./bucket-counts-query.ts";
import type { CountUnit } from "./count-unit.ts";
import type { RangeParams } from "./params.ts";
import type { RangeBounds } from "./range-bounds.ts";

export async function bucketDistinctCounts(
  db: Db,
  p: Pick<RangeParams, "sourceIds">,
  bounds: RangeBounds,
  versionIds: readonly string[],
  unit: Exclude<CountUnit, "articles">,
): Promise<BucketCount[]> {
  const group =
    unit === "families" ? Prisma.sql`coalesce(a.family_id, a.id)` : Prisma.sql`coalesce(a.story_id, a.id)`;
  return db.$queryRaw<BucketCount[]>`
    WITH counted AS (
      SELECT a.id, ${group} AS unit, a.counted_basis::text AS basis,
             width_bucket(${articleInstant}, ${bounds.edges}::timestamptz[]) - 1 AS bucket
      FROM articles a
      WHERE a.counted_hour IS NOT NULL AND ${inSources(p.sourceIds)}
        AND ${articleInstant} >= ${bounds.fromUtc} AND ${articleInstant} < ${bounds.toUtc}
    )
    SELECT c.bucket, c.basis, NULL::uuid AS version, count(DISTINCT c.unit)::int AS n
    FROM counted c GROUP BY 1, 2
    UNION ALL
    SELECT c.bucket, c.basis, h.theme_version_id, count(DISTINCT c.unit)::int
    FROM counted c JOIN article_theme_hits h ON h.article_id = c.id
    WHERE h.theme_version_id = ANY(${[...versionIds]}::uuid[])
    GROUP BY 1, 2, 3`;
}
