// Stories with an article the theme's series version hits that have reached `outlets` distinct
// outlets, read among the stories regrouped since `since`. For each, when the N-th outlet arrived:
// the N-th earliest of its outlets' first filing times (articles.created_at), so a story that had
// N outlets before the rule existed is not reported as reaching them now.
import type { Db } from "@tidemark/db";

export interface StoryReaching {
  id: string;
  label: string;
  outlets: number;
  articles: number;
  headTitle: string | null;
  headUrl: string | null;
  reachedAt: Date;
}

export async function storiesReaching(
  db: Db,
  input: { themeId: string; outlets: number; since: Date; notBefore: Date },
): Promise<StoryReaching[]> {
  const rows = await db.$queryRaw<
    {
      id: string;
      label: string;
      outlet_count: number;
      article_count: number;
      head_title: string | null;
      head_url: string | null;
      reached_at: Date;
    }[]
  >`
    SELECT s.id::text, s.label, s.outlet_count, s.article_count, h.title AS head_title,
           coalesce(h.canonical_url, h.normalized_url) AS head_url, r.reached_at
    FROM stories s
    JOIN themes t ON t.id = ${input.themeId}::uuid
    LEFT JOIN articles h ON h.id = s.head_article_id
    JOIN LATERAL (
      SELECT o.first_at AS reached_at FROM (
        SELECT min(a.created_at) AS first_at FROM articles a
        WHERE a.story_id = s.id AND a.source_id IS NOT NULL
        GROUP BY a.source_id
      ) o ORDER BY o.first_at OFFSET ${input.outlets - 1} LIMIT 1
    ) r ON true
    WHERE s.outlet_count >= ${input.outlets} AND s.updated_at >= ${input.since}
      AND r.reached_at >= ${input.notBefore}
      AND EXISTS (
        SELECT 1 FROM articles a
        JOIN article_theme_hits th ON th.article_id = a.id AND th.theme_version_id = t.series_version_id
        WHERE a.story_id = s.id AND a.duplicate_of_id IS NULL)
    ORDER BY r.reached_at, s.id
    LIMIT 500`;
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    outlets: r.outlet_count,
    articles: r.article_count,
    headTitle: r.head_title,
    headUrl: r.head_url,
    reachedAt: r.reached_at,
  }));
}
