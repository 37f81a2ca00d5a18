// The reconciler: Postgres says which work is still owed; Redis may have lost its jobs (flushed,
// restarted without persistence, job removed). Articles to fetch, to tag and to group, and theme
// backfills and bulk actions without a live job get one again. Safe to run on many workers at once: every enqueue
// is keyed, and liveness is checked a page of ids per Redis round trip.
import type { ParsedJobPayload } from "@tidemark/queue";
import { reconcileBackfills } from "../reconcile/backfills.ts";
import { reconcileBulkActions } from "../reconcile/bulk-actions.ts";
import { reconcileDemo } from "../reconcile/demo.ts";
import { reconcileGrouping } from "../reconcile/grouping.ts";
import { reconcileIngest } from "../reconcile/ingest.ts";
import { reconcileQuotesBackfill } from "../reconcile/quotes.ts";
import { reconcileTagging } from "../reconcile/tagging.ts";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function reconcile(
  payload: ParsedJobPayload<"reconcile">,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const staleBefore = new Date(Date.now() - (payload.staleAfterMs ?? 0));
  const ingest = await reconcileIngest(ctx, staleBefore);
  const tagging = await reconcileTagging(ctx, staleBefore);
  const backfillsRequeued = await reconcileBackfills(ctx);
  const grouping = await reconcileGrouping(ctx);
  const quotesBackfillRequeued = await reconcileQuotesBackfill(ctx);
  const demoRequeued = await reconcileDemo(ctx);
  const bulkActionsRequeued = await reconcileBulkActions(ctx);
  return {
    outcome: "reconciled",
    checked: ingest.checked,
    requeued: ingest.requeued,
    gaveUp: ingest.gaveUp,
    taggingChecked: tagging.checked,
    taggingRequeued: tagging.requeued,
    backfillsRequeued,
    groupingChecked: grouping.checked,
    groupingRequeued: grouping.requeued,
    quotesBackfillRequeued,
    demoRequeued,
    bulkActionsRequeued,
  };
}
