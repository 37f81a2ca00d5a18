// Articles whose ingest Postgres says is owed (first ingest unfinished, or a re-fetch requested)
// and whose job Redis no longer has: wake a worker for them again. An article that keeps losing
// its job without ever finishing (the worker is killed or stalls on it every time) is given up on
// instead of looping forever.
import { pendingIngestPage } from "@tidemark/articles";
import type { Db } from "@tidemark/db";
import { enqueueIngest } from "@tidemark/intake";
import { QUEUES } from "@tidemark/queue";
import type { HandlerContext } from "../handlers/context.ts";
import { forEachPage, RECONCILE_PAGE } from "./pages.ts";

/** Five full job lifetimes (five attempts each): far beyond any ordinary retry sequence. */
export const GIVE_UP_AFTER_ATTEMPTS = 25;

export interface IngestReconcile {
  checked: number;
  requeued: number;
  gaveUp: number;
}

export async function reconcileIngest(ctx: HandlerContext, staleBefore: Date): Promise<IngestReconcile> {
  const result: IngestReconcile = { checked: 0, requeued: 0, gaveUp: 0 };
  await forEachPage(
    (after) => pendingIngestPage(ctx.db, after, staleBefore, RECONCILE_PAGE),
    async (page) => {
      result.checked += page.length;
      const live = await ctx.producer.liveJobIds(
        QUEUES.ingest,
        page.map((a) => a.id),
      );
      const owed: string[] = [];
      for (const article of page) {
        if (live.has(article.id)) continue;
        if (!article.hasContent && article.attempts >= GIVE_UP_AFTER_ATTEMPTS) {
          await giveUp(ctx.db, article.id, article.attempts);
          result.gaveUp += 1;
        } else owed.push(article.id);
      }
      const wake = await enqueueIngest(ctx.producer, owed, "reconcile");
      if (wake.error) throw new Error(wake.error);
      result.requeued += wake.enqueued.size;
    },
  );
  return result;
}

async function giveUp(db: Db, articleId: string, attempts: number): Promise<void> {
  // Only if nothing moved it meanwhile (another worker may have just finished it).
  await db.article.updateMany({
    where: { id: articleId, status: { in: ["queued", "fetching"] }, contentHash: null },
    data: {
      status: "failed",
      refetchRequestedAt: null,
      failureCode: "gave_up",
      failureMessage:
        `Gave up after ${attempts} attempts: processing this page stopped without a result each time ` +
        "(the worker crashed, was killed or stalled on it). Retry it to try once more.",
    },
  });
}
