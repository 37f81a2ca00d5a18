// A quotes backfill Postgres says is queued or running, whose job Redis no longer has.
import { QUEUES } from "@tidemark/queue";
import { QUOTES_BACKFILL_JOB, readQuotesBackfill } from "@tidemark/voices";
import type { HandlerContext } from "../handlers/context.ts";

export async function reconcileQuotesBackfill(ctx: HandlerContext): Promise<boolean> {
  const state = await readQuotesBackfill(ctx.db);
  if (!state || (state.status !== "queued" && state.status !== "running")) return false;
  if (await ctx.producer.hasLiveJob(QUEUES.themes, QUOTES_BACKFILL_JOB)) return false;
  return ctx.producer.enqueue("backfillQuotes", {}, { dedupeId: QUOTES_BACKFILL_JOB });
}
