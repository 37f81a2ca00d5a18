// One run of a user schedule (see @tidemark/schedules): re-ingest a scope, poll a feed, crawl a sitemap.
import type { ParsedJobPayload } from "@tidemark/queue";
import { runSchedule as run } from "@tidemark/schedules";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function runSchedule(
  payload: ParsedJobPayload<"runSchedule">,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const summary = await run(ctx, payload.scheduleId, payload.trigger);
  return { outcome: `schedule ${summary.status}`, scheduleId: payload.scheduleId, ...summary };
}
