// Re-tagging all articles with a new theme version (see @tidemark/themes/backfill).
import type { ParsedJobPayload } from "@tidemark/queue";
import { runBackfill } from "@tidemark/themes/backfill";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function backfillTheme(
  payload: ParsedJobPayload<"backfillTheme">,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const summary = await runBackfill(ctx.db, payload.backfillId);
  return { outcome: `backfill ${summary.status}`, backfillId: payload.backfillId, ...summary };
}
