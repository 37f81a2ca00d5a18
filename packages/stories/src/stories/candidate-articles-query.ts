// Articles near in time whose salient keys this article's text contains: for each, the share of
// its key weight found here (its "coverage"), and how many keys are shared. Served by the
// (key, at) index; only grouped articles (with a story) are candidates.
import type { Prisma } from "@tidemark/db";

export interface StoryCandidate {
  articleId: string;
  storyId: string;
  score: number;
  shared: number;
}

export async function candidateArticles(
  tx: Prisma.TransactionClient,
  articleId: string,
  lookupKeys: readonly string[],
  from: Date,
  to: Date,
  minShared: number,
): Promise<StoryCandidate[]> {
  if (lookupKeys.length === 0) return [];
  const rows = await tx.$queryRaw<{ article_id: string; story_id: string; score: number; shared: number }[]>`
    WITH hits AS (
      SELECT k.article_id, sum(k.weight) AS matched, count(*)::int AS shared
      FROM article_story_keys k
      WHERE k.key = ANY(${[...lookupKeys]}::text[]) AND k.at >= ${from} AND k.at <= ${to}
        AND k.article_id <> ${articleId}::uuid
      GROUP BY k.article_id HAVING count(*) >= ${minShared}
    )
    SELECT h.article_id::text, a.story_id::text, (h.matched / t.total)::float8 AS score, h.shared
    FROM hits h
    JOIN articles a ON a.id = h.article_id AND a.story_id IS NOT NULL
    CROSS JOIN LATERAL (SELECT sum(weight) AS total FROM article_story_keys WHERE article_id = h.article_id) t
    ORDER BY score DESC, h.shared DESC LIMIT 20`;
  return rows.map((r) => ({
    articleId: r.article_id,
    storyId: r.story_id,
    score: r.score,
    shared: r.shared,
  }));
}
