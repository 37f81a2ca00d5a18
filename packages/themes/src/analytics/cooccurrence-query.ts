// How often theme versions hit the same article: for every pair (including a version with
// itself, which is its own hit count), the number of counted, dated articles in the range that
// both hit, plus one row with the number of all such articles (both versions null) for lift.
// Local dates and zone are bind parameters; PostgreSQL turns them into instants.
import type { Db } from "@tidemark/db";
import type { RangeParams } from "../series/params.ts";
import { countedPublishedInRange } from "../sql/article-fragments.ts";

export interface PairCountRow {
  a: string | null;
  b: string | null;
  n: number;
}

export async function pairCounts(
  db: Db,
  p: RangeParams,
  versionIds: readonly string[],
): Promise<PairCountRow[]> {
  return db.$queryRaw<PairCountRow[]>`
    WITH counted AS (
      SELECT a.id FROM articles a WHERE ${countedPublishedInRange(p)}
    ), hits AS (
      SELECT h.article_id, h.theme_version_id AS version
      FROM counted c JOIN article_theme_hits h ON h.article_id = c.id
      WHERE h.theme_version_id = ANY(${[...versionIds]}::uuid[])
    )
    SELECT x.version AS a, y.version AS b, count(*)::int AS n
    FROM hits x JOIN hits y ON y.article_id = x.article_id AND y.version >= x.version
    GROUP BY 1, 2
    UNION ALL
    SELECT NULL::uuid, NULL::uuid, count(*)::int FROM counted`;
}
