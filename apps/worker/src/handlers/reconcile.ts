// The reconciler: Postgres says which articles still need work; Redis may have lost their jobs
// (flushed, restarted without persistence, job removed). Every article left `queued` or
// `fetching` without a live job gets one again. Safe to run on many workers at once: enqueueing
// is keyed by article id.
import type { ParsedJobPayload } from "@tidemark/queue";
import { QUEUES } from "@tidemark/queue";
import { enqueueBackfill } from "@tidemark/themes/backfill";
import type { HandlerContext, JobSummary } from "./context.ts";

const PAGE = 500;

export async function reconcile(
  payload: ParsedJobPayload<"reconcile">,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const staleBefore = new Date(Date.now() - (payload.staleAfterMs ?? 0));
  let checked = 0;
  let requeued = 0;
  let after: string | undefined;
  for (;;) {
    const page = await ctx.db.article.findMany({
      where: {
        status: { in: ["queued", "fetching"] },
        updatedAt: { lt: staleBefore },
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: PAGE,
      select: { id: true, contentHash: true },
    });
    for (const article of page) {
      checked += 1;
      if (await ctx.producer.hasLiveJob(QUEUES.ingest, article.id)) continue;
      await ctx.producer.enqueue(
        "ingestArticle",
        { articleId: article.id, reason: article.contentHash ? "reingest" : "reconcile" },
        { jobId: article.id },
      );
      requeued += 1;
    }
    if (page.length < PAGE) break;
    after = page.at(-1)?.id;
  }
  const backfills = await reconcileBackfills(ctx);
  return { outcome: "reconciled", checked, requeued, backfillsRequeued: backfills };
}

/** Backfills Postgres says are queued or running, whose job Redis no longer has. */
async function reconcileBackfills(ctx: HandlerContext): Promise<number> {
  const pending = await ctx.db.themeBackfill.findMany({
    where: { status: { in: ["queued", "running"] } },
    select: { id: true },
  });
  let requeued = 0;
  for (const { id } of pending) {
    if (await ctx.producer.hasLiveJob(QUEUES.themes, id)) continue;
    if (await enqueueBackfill(ctx.producer, id)) requeued += 1;
  }
  return requeued;
}
