// Bulk actions Postgres says are queued or running whose job Redis no longer has (flushed,
// restarted, or the worker died mid-slice): each gets a job again and goes on from its cursor.
import { bulkActionJobId, wakeBulkAction } from "@tidemark/articles";
import { QUEUES } from "@tidemark/queue";
import type { HandlerContext } from "../handlers/context.ts";

export async function reconcileBulkActions(ctx: HandlerContext): Promise<number> {
  const owed = await ctx.db.bulkAction.findMany({
    where: { status: { in: ["queued", "running"] } },
    select: { id: true },
  });
  const live = await ctx.producer.liveJobIds(
    QUEUES.maintenance,
    owed.map((a) => bulkActionJobId(a.id)),
  );
  let requeued = 0;
  for (const { id } of owed) {
    if (live.has(bulkActionJobId(id))) continue;
    const warning = await wakeBulkAction(ctx.producer, id);
    if (warning) throw new Error(warning);
    requeued += 1;
  }
  return requeued;
}
