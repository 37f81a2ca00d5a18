// The texts of one period for "emerging terms": counted, dated articles published between two
// local dates (optionally only those a theme version hit), newest first, at most `cap` of them,
// with how many matched in all so the result can say it read a sample. The zone and dates are
// bind parameters; PostgreSQL turns them into instants.
import type { Db } from "@tidemark/db";
import { countedPublishedInRange } from "../sql/article-fragments.ts";

export interface PeriodScope {
  timezone: string;
  sourceIds?: string[] | undefined;
  /** Only articles this theme version hit; null for all articles. */
  versionId: string | null;
}

export interface PeriodArticle {
  id: string;
  title: string | null;
  text: string | null;
  /** Articles in the period before the cap (the same on every row). */
  matched: number;
}

export async function periodArticles(
  db: Db,
  scope: PeriodScope,
  from: string,
  to: string,
  cap: number,
): Promise<PeriodArticle[]> {
  return db.$queryRaw<PeriodArticle[]>`
    WITH matching AS (
      SELECT a.id, a.published_at FROM articles a
      WHERE ${countedPublishedInRange({ from, to, timezone: scope.timezone, sourceIds: scope.sourceIds })}
        AND (${scope.versionId}::uuid IS NULL OR EXISTS (
          SELECT 1 FROM article_theme_hits h
          WHERE h.article_id = a.id AND h.theme_version_id = ${scope.versionId}::uuid))
    ), newest AS (
      SELECT id, published_at FROM matching ORDER BY published_at DESC, id DESC LIMIT ${cap}::int
    )
    SELECT n.id, a.title, a.text, (SELECT count(*)::int FROM matching) AS matched
    FROM newest n JOIN articles a ON a.id = n.id
    ORDER BY n.published_at DESC, n.id DESC`;
}
