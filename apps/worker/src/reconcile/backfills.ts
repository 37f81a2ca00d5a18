// Backfills Postgres says are queued or running, whose job Redis no longer has.
import { QUEUES } from "@tidemark/queue";
import { enqueueBackfill } from "@tidemark/themes/backfill";
import type { HandlerContext } from "../handlers/context.ts";

export async function reconcileBackfills(ctx: HandlerContext): Promise<number> {
  const pending = await ctx.db.themeBackfill.findMany({
    where: { status: { in: ["queued", "running"] } },
    select: { id: true },
  });
  const live = await ctx.producer.liveJobIds(
    QUEUES.themes,
    pending.map((b) => b.id),
  );
  let requeued = 0;
  for (const { id } of pending) {
    if (live.has(id)) continue;
    if (await enqueueBackfill(ctx.producer, id)) requeued += 1;
  }
  return requeued;
}
