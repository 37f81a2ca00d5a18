// Per source: counted, dated articles in the range, and how many of them each theme version
// hit, for the sources with the most articles (ties by key, bytewise, as JavaScript sorts).
// Rows with a null source are the overall numbers (every counted article in the range and
// filter, attributed to a source or not), the yardstick for a single source's share. A source
// with no hits still gets one row (version null).
import type { Db } from "@tidemark/db";
import type { RangeParams } from "../series/params.ts";
import { countedPublishedInRange } from "../sql/article-fragments.ts";

export interface SourceThemeRow {
  source_id: string | null;
  source_key: string | null;
  source_name: string | null;
  source_domain: string | null;
  articles: number;
  version: string | null;
  hits: number;
}

export async function sourceThemeCounts(
  db: Db,
  p: RangeParams,
  versionIds: readonly string[],
  limit: number,
): Promise<SourceThemeRow[]> {
  const versions = [...versionIds];
  return db.$queryRaw<SourceThemeRow[]>`
    WITH counted AS (
      SELECT a.id, a.counted_source_id AS source_id FROM articles a WHERE ${countedPublishedInRange(p)}
    ), top AS (
      SELECT c.source_id, s.key, s.name, s.domain, count(*)::int AS articles
      FROM counted c JOIN sources s ON s.id = c.source_id
      GROUP BY 1, 2, 3, 4 ORDER BY articles DESC, s.key COLLATE "C" LIMIT ${limit}::int
    ), hits AS (
      SELECT c.source_id, h.theme_version_id AS version
      FROM counted c JOIN article_theme_hits h ON h.article_id = c.id
      WHERE h.theme_version_id = ANY(${versions}::uuid[])
    ), per_source AS (
      SELECT h.source_id, h.version, count(*)::int AS hits
      FROM hits h WHERE h.source_id IN (SELECT source_id FROM top)
      GROUP BY 1, 2
    )
    SELECT t.source_id, t.key AS source_key, t.name AS source_name, t.domain AS source_domain,
           t.articles, ps.version, coalesce(ps.hits, 0)::int AS hits
    FROM top t LEFT JOIN per_source ps ON ps.source_id = t.source_id
    UNION ALL
    SELECT NULL::uuid, NULL, NULL, NULL, (SELECT count(*)::int FROM counted), NULL::uuid, 0
    UNION ALL
    SELECT NULL::uuid, NULL, NULL, NULL, 0, h.version, count(*)::int FROM hits h GROUP BY h.version`;
}
