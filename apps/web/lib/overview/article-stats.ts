// The overview's headline numbers. Status counts use the (status, updated_at) index; "last 24 h"
// the created_at index.
import type { Db } from "@tidemark/db";

export interface ArticleStats {
  total: number;
  byStatus: Record<string, number>;
  last24h: number;
  failedLast24h: number;
  sources: number;
}

export async function articleStats(db: Db): Promise<ArticleStats> {
  const [statuses, recent, sources] = await Promise.all([
    db.$queryRaw<
      { status: string; n: number }[]
    >`SELECT status::text AS status, count(*)::int AS n FROM articles GROUP BY 1`,
    db.$queryRaw<{ added: number; failed: number }[]>`
      SELECT count(*)::int AS added, count(*) FILTER (WHERE status = 'failed')::int AS failed
      FROM articles WHERE created_at >= now() - interval '24 hours'`,
    db.source.count(),
  ]);
  const byStatus = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
  return {
    total: statuses.reduce((sum, s) => sum + s.n, 0),
    byStatus,
    last24h: recent[0]?.added ?? 0,
    failedLast24h: recent[0]?.failed ?? 0,
    sources,
  };
}
