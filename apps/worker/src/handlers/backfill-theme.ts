// A theme version's backfill (see @tidemark/themes/backfill). The job without a part plans the
// backfill (candidates cut into id ranges) and hands each unfinished part to a job of its own, so
// every worker process can take one (a part runs only as its own job, so the reconciler, which
// looks for part jobs, never starts a second runner of it). A part job tags its range.
import type { ParsedJobPayload } from "@tidemark/queue";
import { enqueueBackfill, finishIfComplete, planBackfill, runBackfillPart } from "@tidemark/themes/backfill";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function backfillTheme(
  payload: ParsedJobPayload<"backfillTheme">,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const { backfillId, part } = payload;
  if (part !== undefined) {
    const outcome = await runBackfillPart(ctx.db, backfillId, part);
    return { outcome: `backfill part ${outcome}`, backfillId, part };
  }
  const plan = await planBackfill(ctx.db, backfillId);
  if (!plan?.parts) return { outcome: "backfill skipped", backfillId };
  const open = plan.parts.filter((p) => !p.finished).map((p) => p.part);
  if (open.length === 0) {
    await finishIfComplete(ctx.db, backfillId);
    return { outcome: "backfill finished", backfillId };
  }
  // A part that could not be enqueued (Redis away) is picked up by the reconciler.
  let enqueued = 0;
  for (const p of open) if (await enqueueBackfill(ctx.producer, backfillId, p)) enqueued += 1;
  return { outcome: "backfill parts enqueued", backfillId, parts: open.length, enqueued };
}
