// Quotes for articles stored before quotes existed (see @tidemark/voices backfill); progress and
// the cursor live in Postgres, so a retried or re-woken job resumes.
import { runQuotesBackfill } from "@tidemark/voices";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function backfillQuotes(ctx: HandlerContext): Promise<JobSummary> {
  let summary = await runQuotesBackfill(ctx.db);
  // Restarted from the beginning while running (a new request): run the new one.
  while (summary.status === "queued") summary = await runQuotesBackfill(ctx.db);
  return { outcome: `quotes backfill ${summary.status}`, ...summary };
}
