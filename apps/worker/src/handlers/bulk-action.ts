// A filter-wide bulk action (re-ingest, delete; see @tidemark/articles). Each job works for a
// slice of time, then hands the rest to a follow-up job, so one long action never holds the
// maintenance queue; where it is lives in Postgres, so a job lost with its worker is redone by the
// reconciler from the last recorded batch.
import { noteBulkActionError, runBulkAction, wakeBulkAction } from "@tidemark/articles";
import type { ParsedJobPayload } from "@tidemark/queue";
import type { HandlerContext, JobSummary } from "./context.ts";

/** How long one job works before handing on. */
export const BULK_SLICE_MS = 20_000;

export async function bulkAction(
  payload: ParsedJobPayload<"bulkAction">,
  ctx: HandlerContext,
  options: { sliceMs?: number; batchSize?: number; afterBatch?: (done: number) => Promise<void> } = {},
): Promise<JobSummary> {
  const { bulkActionId } = payload;
  try {
    const report = await runBulkAction(ctx.db, ctx.producer, bulkActionId, {
      until: Date.now() + (options.sliceMs ?? BULK_SLICE_MS),
      ...((options.batchSize ?? ctx.bulkBatchSize)
        ? { batchSize: options.batchSize ?? ctx.bulkBatchSize }
        : {}),
      ...(ctx.bulkBatchMs ? { minBatchMs: ctx.bulkBatchMs } : {}),
      ...(options.afterBatch ? { afterBatch: options.afterBatch } : {}),
    });
    if (report.outcome === "paused") {
      // The follow-up runs once this job completes (the dedupe id keeps one waiting).
      const warning = await wakeBulkAction(ctx.producer, bulkActionId);
      if (warning) ctx.logger.warn({ bulkActionId }, warning);
    }
    return { ...report, bulkActionId };
  } catch (error) {
    // Kept on the row for the dashboard; the job's retries (and the reconciler) go on from there.
    await noteBulkActionError(ctx.db, bulkActionId, error instanceof Error ? error.message : String(error));
    throw error;
  }
}
