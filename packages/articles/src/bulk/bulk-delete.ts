// Delete many articles (a selection, or every article a filter matches) through deleteArticles,
// so each batch takes its coverage back in the same transaction as the delete.
import type { Db } from "@tidemark/db";
import { deleteArticles } from "../delete-articles.ts";
import type { ResolvedFilters } from "../list/list-filters-sql.ts";
import { BULK_BATCH, bulkBatches } from "./bulk-batches.ts";

export interface BulkDeleteReport {
  matched: number;
  deleted: number;
}

export async function bulkDelete(
  db: Db,
  filters: ResolvedFilters,
  batchSize = BULK_BATCH,
): Promise<BulkDeleteReport> {
  const report: BulkDeleteReport = { matched: 0, deleted: 0 };
  for await (const ids of bulkBatches(db, filters, batchSize)) {
    report.matched += ids.length;
    report.deleted += await deleteArticles(db, ids);
  }
  return report;
}
