// Backfills Postgres says are queued or running, whose jobs Redis no longer has: an unplanned one
// (or one whose parts all finished before it was completed) gets its planning job again, a planned
// one a job for each unfinished part.
import { QUEUES } from "@tidemark/queue";
import { backfillJobId, enqueueBackfill } from "@tidemark/themes/backfill";
import type { HandlerContext } from "../handlers/context.ts";

export async function reconcileBackfills(ctx: HandlerContext): Promise<number> {
  const pending = await ctx.db.themeBackfill.findMany({
    where: { status: { in: ["queued", "running"] } },
    select: { id: true, parts: { select: { part: true, finishedAt: true } } },
  });
  const owed = pending.flatMap(({ id, parts }) => {
    const open = parts.filter((p) => p.finishedAt === null);
    return open.length === 0
      ? [{ id, part: undefined }]
      : open.map((p) => ({ id, part: p.part as number | undefined }));
  });
  const live = await ctx.producer.liveJobIds(
    QUEUES.themes,
    owed.map((o) => backfillJobId(o.id, o.part)),
  );
  let requeued = 0;
  for (const { id, part } of owed) {
    if (live.has(backfillJobId(id, part))) continue;
    if (await enqueueBackfill(ctx.producer, id, part)) requeued += 1;
  }
  return requeued;
}
