// The overview's headline numbers, without counting the articles table: the statuses that stay
// small (queued, fetching, failed, gone, duplicate) are counted exactly through the
// (status, updated_at) index; extracted articles — nearly all of them — come from the coverage
// aggregates, which count every extracted or gone article that is not a duplicate, kept in the
// same transactions as the articles. "Last 24 h" reads the created_at index.
import type { Db } from "@tidemark/db";
import { ALL_SOURCES } from "@tidemark/themes/coverage";

export interface ArticleStats {
  total: number;
  byStatus: Record<string, number>;
  last24h: number;
  failedLast24h: number;
  sources: number;
}

const SMALL_STATUSES = ["queued", "fetching", "failed", "gone", "duplicate"];

export async function articleStats(db: Db): Promise<ArticleStats> {
  const [statuses, counted, goneCounted, recent, sources] = await Promise.all([
    db.$queryRaw<{ status: string; n: number }[]>`
      SELECT status::text AS status, count(*)::int AS n FROM articles
      WHERE status::text = ANY(${SMALL_STATUSES}::text[]) GROUP BY 1`,
    db.$queryRaw<{ n: number }[]>`
      SELECT coalesce(sum(articles), 0)::int AS n FROM coverage_daily WHERE source_key = ${ALL_SOURCES}::uuid`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM articles WHERE status = 'gone' AND duplicate_of_id IS NULL`,
    db.$queryRaw<{ added: number; failed: number }[]>`
      SELECT count(*)::int AS added, count(*) FILTER (WHERE status = 'failed')::int AS failed
      FROM articles WHERE created_at >= now() - interval '24 hours'`,
    db.source.count(),
  ]);
  const byStatus: Record<string, number> = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
  const extracted = (counted[0]?.n ?? 0) - (goneCounted[0]?.n ?? 0);
  if (extracted > 0) byStatus.extracted = extracted;
  return {
    total: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
    byStatus,
    last24h: recent[0]?.added ?? 0,
    failedLast24h: recent[0]?.failed ?? 0,
    sources,
  };
}
