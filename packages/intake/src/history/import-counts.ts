// How far imports have got: their articles counted by status, through the import's own index
// (import_articles' primary key starts with import_id) — the cost is the size of those imports,
// never of the articles table.
import type { Db } from "@tidemark/db";

export const IMPORT_STATUSES = ["queued", "fetching", "extracted", "failed", "gone", "duplicate"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportCounts {
  /** Articles per status (of every article the import resolved to that still exists). */
  byStatus: Record<ImportStatus, number>;
  /** Of the articles the import created, how many are no longer queued or fetching. */
  newSettled: number;
  newTotal: number;
}

export function emptyCounts(): ImportCounts {
  return {
    byStatus: { queued: 0, fetching: 0, extracted: 0, failed: 0, gone: 0, duplicate: 0 },
    newSettled: 0,
    newTotal: 0,
  };
}

export async function countImportArticles(
  db: Db,
  importIds: readonly string[],
): Promise<Map<string, ImportCounts>> {
  const result = new Map<string, ImportCounts>(importIds.map((id) => [id, emptyCounts()]));
  if (importIds.length === 0) return result;
  const rows = await db.$queryRaw<{ import_id: string; status: ImportStatus; is_new: boolean; n: number }[]>`
    SELECT l.import_id::text AS import_id, a.status::text AS status, l.is_new, count(*)::int AS n
    FROM import_articles l JOIN articles a ON a.id = l.article_id
    WHERE l.import_id = ANY(CAST(${[...importIds]} AS uuid[]))
    GROUP BY 1, 2, 3`;
  for (const row of rows) {
    const counts = result.get(row.import_id);
    if (!counts) continue;
    counts.byStatus[row.status] += row.n;
    if (row.is_new) {
      counts.newTotal += row.n;
      if (row.status !== "queued" && row.status !== "fetching") counts.newSettled += row.n;
    }
  }
  return result;
}
