// Delete many articles (a selection, or every article a filter matches) through deleteArticles,
// so each batch takes its coverage back in the same transaction as the delete.
import type { Db } from "@tidemark/db";
import { deleteArticles } from "../delete-articles.ts";
import type { ResolvedFilters } from "../list/list-filters-sql.ts";
import { type BulkPosition, type BulkRun, forEachBulkBatch } from "./bulk-batches.ts";

export interface BulkDeleteReport extends BulkPosition {
  matched: number;
  deleted: number;
}

export async function bulkDelete(
  db: Db,
  filters: ResolvedFilters,
  run: BulkRun = {},
): Promise<BulkDeleteReport> {
  const counts = { matched: 0, deleted: 0 };
  const position = await forEachBulkBatch(db, filters, run, async (ids) => {
    counts.matched += ids.length;
    counts.deleted += await deleteArticles(db, ids);
  });
  return { ...counts, ...position };
}
