// Re-ingest many articles (a selection, or every article a filter matches) through the one
// re-ingest (requestRefetch), a batch at a time.
import type { Db } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import type { ResolvedFilters } from "../list/list-filters-sql.ts";
import { requestRefetch } from "../request-refetch.ts";
import { type BulkPosition, type BulkRun, forEachBulkBatch } from "./bulk-batches.ts";

export interface BulkReingestReport extends BulkPosition {
  /** Articles the selection or filter matched (in this run). */
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
  run: BulkRun = {},
): Promise<BulkReingestReport> {
  let queueError: string | undefined;
  const counts = { matched: 0, requested: 0, skipped: 0, woken: 0 };
  const position = await forEachBulkBatch(db, filters, run, async (ids) => {
    const batch = await requestRefetch(db, producer, ids);
    counts.matched += ids.length;
    counts.requested += batch.requested.length;
    counts.skipped += ids.length - batch.requested.length;
    counts.woken += batch.woken;
    if (batch.queueError) queueError = batch.queueError;
  });
  return { ...counts, ...position, ...(queueError ? { queueError } : {}) };
}
