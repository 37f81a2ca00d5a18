// Demo corpora Postgres says are being loaded or removed, whose job Redis no longer has (or never
// got: `npm start` asks for the demo corpus before the worker runs).
import { OWED_STATUSES, wakeDemoWorker } from "@tidemark/demo";
import { QUEUES } from "@tidemark/queue";
import type { HandlerContext } from "../handlers/context.ts";

export async function reconcileDemo(ctx: HandlerContext): Promise<number> {
  const owed = await ctx.db.demoCorpus.findMany({
    where: { status: { in: [...OWED_STATUSES] } },
    select: { name: true },
  });
  const live = await ctx.producer.liveJobIds(
    QUEUES.maintenance,
    owed.map((d) => `demo-${d.name}`),
  );
  let requeued = 0;
  for (const { name } of owed) {
    if (live.has(`demo-${name}`)) continue;
    const warning = await wakeDemoWorker(ctx.producer, name);
    if (warning) throw new Error(warning);
    requeued += 1;
  }
  return requeued;
}
