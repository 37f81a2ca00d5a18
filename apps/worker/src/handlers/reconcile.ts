// The reconciler: Postgres says which articles still need work; Redis may have lost their jobs
// (flushed, restarted without persistence, job removed). Every article left `queued` or
// `fetching` without a live job gets one again. Safe to run on many workers at once: enqueueing
// is keyed by article id.
import type { ParsedJobPayload } from "@tidemark/queue";
import { QUEUES } from "@tidemark/queue";
import type { HandlerContext, JobSummary } from "./context.ts";

const PAGE = 500;
const LIVE_STATES = new Set(["waiting", "active", "delayed", "prioritized", "waiting-children"]);

export async function reconcile(
  payload: ParsedJobPayload<"reconcile">,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const staleBefore = new Date(Date.now() - (payload.staleAfterMs ?? 0));
  const queue = ctx.producer.queue(QUEUES.ingest);
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
      const job = await queue.getJob(article.id);
      if (job && LIVE_STATES.has(await job.getState())) continue;
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
  return { outcome: "reconciled", checked, requeued };
}
