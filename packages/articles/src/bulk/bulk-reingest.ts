// Re-ingest many articles (a selection, or every article a filter matches) through the one
// re-ingest (requestRefetch), a batch at a time.
import type { Db } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import type { ResolvedFilters } from "../list/list-filters-sql.ts";
import { requestRefetch } from "../request-refetch.ts";
import { BULK_BATCH, bulkBatches } from "./bulk-batches.ts";

export interface BulkReingestReport {
  /** Articles the selection or filter matched. */
  matched: number;
  /** Re-fetches recorded. */
  requested: number;
  /** Matched but not re-fetchable: imported documents whose text is stored (no page to fetch). */
  skipped: number;
  /** Requests that got a new job (the rest already had one waiting or running). */
  woken: number;
  /** Set when Redis refused; the requests stay recorded and the reconciler wakes them later. */
  queueError?: string;
}

export async function bulkReingest(
  db: Db,
  producer: Producer,
  filters: ResolvedFilters,
  batchSize = BULK_BATCH,
): Promise<BulkReingestReport> {
  const report: BulkReingestReport = { matched: 0, requested: 0, skipped: 0, woken: 0 };
  for await (const ids of bulkBatches(db, filters, batchSize)) {
    const batch = await requestRefetch(db, producer, ids);
    report.matched += ids.length;
    report.requested += batch.requested.length;
    report.skipped += ids.length - batch.requested.length;
    report.woken += batch.woken;
    if (batch.queueError) report.queueError = batch.queueError;
  }
  return report;
}
