// Set-based hit writing for one theme version over a batch of articles (the backfill's hot
// path): lock the batch's rows in id order, then a handful of statements for the whole batch,
// whatever its size.
import type { DateBasis, Prisma } from "@tidemark/db";
import { ALL_SOURCES } from "../coverage/keys.ts";
import type { MatchResult } from "../query/index.ts";
import { evidenceJson } from "../tagging/evidence-json.ts";

export interface BatchItem {
  articleId: string;
  result: MatchResult | null;
}

interface LockedRow {
  id: string;
  counted_hour: Date | null;
  counted_basis: DateBasis | null;
  counted_source_id: string | null;
  has_hit: boolean;
}

export async function writeVersionBatch(
  tx: Prisma.TransactionClient,
  themeId: string,
  versionId: string,
  items: readonly BatchItem[],
): Promise<{ matched: number }> {
  const ids = items.map((i) => i.articleId);
  const rows = await tx.$queryRaw<LockedRow[]>`
    SELECT a.id, a.counted_hour, a.counted_basis, a.counted_source_id,
           EXISTS (SELECT 1 FROM article_theme_hits h WHERE h.article_id = a.id AND h.theme_version_id = ${versionId}::uuid) AS has_hit
    FROM articles a WHERE a.id = ANY(${ids}::uuid[]) ORDER BY a.id FOR UPDATE OF a`;
  const byId = new Map(rows.map((r) => [r.id, r]));

  const matched = items.filter(
    (i): i is { articleId: string; result: MatchResult } => i.result !== null && byId.has(i.articleId),
  );
  const removed = items
    .filter((i) => i.result === null && byId.get(i.articleId)?.has_hit)
    .map((i) => i.articleId);

  if (matched.length) {
    await tx.$executeRaw`
      INSERT INTO article_theme_hits (article_id, theme_version_id, theme_id, score, mentions, title_mentions, evidence)
      SELECT a, ${versionId}::uuid, ${themeId}::uuid, s, m, t, e::jsonb
      FROM unnest(${matched.map((i) => i.articleId)}::uuid[], ${matched.map((i) => i.result.score)}::float8[],
                  ${matched.map((i) => i.result.mentions)}::int[], ${matched.map((i) => i.result.titleMentions)}::int[],
                  ${matched.map((i) => JSON.stringify(evidenceJson(i.result)))}::text[]) AS x(a, s, m, t, e)
      ON CONFLICT (article_id, theme_version_id) DO UPDATE SET
        score = EXCLUDED.score, mentions = EXCLUDED.mentions, title_mentions = EXCLUDED.title_mentions,
        evidence = EXCLUDED.evidence`;
  }
  if (removed.length) {
    await tx.$executeRaw`
      DELETE FROM article_theme_hits WHERE theme_version_id = ${versionId}::uuid AND article_id = ANY(${removed}::uuid[])`;
  }
  // Aggregate moves: +1 for counted articles that newly match, -1 for those that stopped.
  const deltas = [
    ...matched
      .filter((i) => !byId.get(i.articleId)?.has_hit)
      .map((i) => ({ row: byId.get(i.articleId), d: 1 })),
    ...removed.map((id) => ({ row: byId.get(id), d: -1 })),
  ].filter((x): x is { row: LockedRow; d: number } => !!x.row?.counted_hour && !!x.row.counted_basis);
  if (deltas.length) {
    await tx.$executeRaw`
      INSERT INTO theme_coverage_hourly (theme_version_id, basis, source_key, hour, articles)
      SELECT ${versionId}::uuid, b::"DateBasis", k, h, sum(d)::int
      FROM unnest(${deltas.map((x) => x.row.counted_basis)}::text[], ${deltas.map((x) => x.row.counted_hour)}::timestamptz[],
                  ${deltas.map((x) => x.row.counted_source_id)}::uuid[], ${deltas.map((x) => x.d)}::int[]) AS x(b, h, s, d)
      CROSS JOIN LATERAL unnest(ARRAY[${ALL_SOURCES}::uuid, s]) AS k
      WHERE k IS NOT NULL
      GROUP BY 1, 2, 3, 4
      ON CONFLICT (theme_version_id, basis, source_key, hour)
      DO UPDATE SET articles = theme_coverage_hourly.articles + EXCLUDED.articles`;
  }
  return { matched: matched.length };
}
