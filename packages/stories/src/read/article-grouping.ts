// An article's text family (its copies on other sites, earliest first) and its story.
import type { Db } from "@tidemark/db";
import { instantOf } from "../instant.ts";

export interface ArticleCopy {
  id: string;
  title: string | null;
  url: string;
  sourceName: string | null;
  at: Date;
  head: boolean;
}

export interface ArticleGrouping {
  familyId: string | null;
  /** Every member of the family, this article included, earliest first (at most 200). */
  copies: ArticleCopy[];
  story: { id: string; label: string; articleCount: number; outletCount: number } | null;
  /** False while grouping of the current text is still owed. */
  grouped: boolean;
}

export async function articleGrouping(db: Db, articleId: string): Promise<ArticleGrouping | null> {
  const [a] = await db.$queryRaw<
    { family_id: string | null; story_id: string | null; grouped: boolean }[]
  >`SELECT family_id::text, story_id::text, (story_hash IS NOT DISTINCT FROM content_hash AND content_hash IS NOT NULL) AS grouped
    FROM articles WHERE id = ${articleId}::uuid`;
  if (!a) return null;
  const copies = a.family_id
    ? await db.$queryRaw<
        {
          id: string;
          title: string | null;
          url: string;
          source_name: string | null;
          at: Date;
          head: boolean;
        }[]
      >`
        SELECT a.id::text, a.title, coalesce(a.canonical_url, a.normalized_url) AS url,
               coalesce(s.name, s.domain, s.key) AS source_name, ${instantOf("a")} AS at,
               (f.head_article_id = a.id) IS TRUE AS head
        FROM articles a JOIN text_families f ON f.id = a.family_id
        LEFT JOIN sources s ON s.id = a.source_id
        WHERE a.family_id = ${a.family_id}::uuid ORDER BY 5, 1 LIMIT 200`
    : [];
  const story = a.story_id
    ? await db.story.findUnique({
        where: { id: a.story_id },
        select: { id: true, label: true, articleCount: true, outletCount: true },
      })
    : null;
  return {
    familyId: a.family_id,
    copies: copies.map((c) => ({
      id: c.id,
      title: c.title,
      url: c.url,
      sourceName: c.source_name,
      at: c.at,
      head: c.head,
    })),
    story,
    grouped: a.grouped,
  };
}
