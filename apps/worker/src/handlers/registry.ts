// Job name → handler. Paired with the contracts in @tidemark/queue (name, zod schema, options):
// the worker validates each payload against the contract before the handler sees it.
import type { JobKey, ParsedJobPayload } from "@tidemark/queue";
import type { Job } from "bullmq";
import { backfillQuotes } from "./backfill-quotes.ts";
import { backfillTheme } from "./backfill-theme.ts";
import { bulkAction } from "./bulk-action.ts";
import type { HandlerContext, JobSummary } from "./context.ts";
import { demoCorpus } from "./demo-corpus.ts";
import { evaluateAlerts } from "./evaluate-alerts.ts";
import { groupArticle } from "./group-article.ts";
import { ingestArticle } from "./ingest-article.ts";
import { reconcile } from "./reconcile.ts";
import { runSchedule } from "./run-schedule.ts";
import { tagArticle } from "./tag-article.ts";

export type JobHandler<K extends JobKey> = (
  payload: ParsedJobPayload<K>,
  job: Job,
  ctx: HandlerContext,
) => Promise<JobSummary>;

export const HANDLERS: { [K in JobKey]: JobHandler<K> } = {
  ingestArticle,
  tagArticle: (payload, _job, ctx) => tagArticle(payload, ctx),
  groupArticle: (payload, _job, ctx) => groupArticle(payload, ctx),
  reconcile: (payload, _job, ctx) => reconcile(payload, ctx),
  backfillTheme: (payload, _job, ctx) => backfillTheme(payload, ctx),
  backfillQuotes: (_payload, _job, ctx) => backfillQuotes(ctx),
  evaluateAlerts: (_payload, _job, ctx) => evaluateAlerts(ctx),
  runSchedule: (payload, _job, ctx) => runSchedule(payload, ctx),
  demoCorpus: (payload, _job, ctx) => demoCorpus(payload, ctx),
  bulkAction: (payload, _job, ctx) => bulkAction(payload, ctx),
};
