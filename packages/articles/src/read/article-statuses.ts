// The live status of a few articles (the Add page polls it), and counts by status (the CLI).
import type { Db } from "@tidemark/db";

export interface ArticleStatusRow {
  id: string;
  status: string;
  title: string | null;
  attempts: number;
  failureCode: string | null;
  failureMessage: string | null;
}

export function articleStatuses(db: Db, ids: readonly string[]): Promise<ArticleStatusRow[]> {
  return db.article.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, status: true, title: true, failureCode: true, failureMessage: true, attempts: true },
  });
}

/** Articles per status: a whole-table count, for the CLI's `status`, never for a page load. */
export async function countByStatus(db: Db): Promise<Record<string, number>> {
  const grouped = await db.article.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(grouped.map((g) => [g.status, g._count._all]));
}
