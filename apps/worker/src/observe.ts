// Turning each finished job into metrics: Prometheus counters and histograms (published through
// Redis) and the per-minute totals the Health page charts. One place, called by the processor.
import type { Job } from "bullmq";
import type { HandlerContext, JobSummary } from "./handlers/context.ts";

const STAGE_NAMES = {
  fetchWaitMs: "fetch_wait",
  fetchMs: "fetch",
  extractMs: "extract",
  matchMs: "match",
  storeMs: "store",
  wakeTagMs: "wake_tag",
} as const;

type StageKey = keyof typeof STAGE_NAMES;

function stagesOf(summary: JobSummary | undefined): Partial<Record<StageKey, number>> {
  const stages = summary?.stages;
  if (typeof stages !== "object" || stages === null) return {};
  const out: Partial<Record<StageKey, number>> = {};
  for (const [key, value] of Object.entries(stages)) {
    if (key in STAGE_NAMES && typeof value === "number") out[key as StageKey] = value;
  }
  return out;
}

/**
 * `outcome` is the summary's outcome, or when the job threw: "failed" (final), "retry" (it will
 * run again) or "delayed" (parked for its host's turn).
 */
export function observeJob(
  ctx: HandlerContext,
  job: Job,
  outcome: string,
  ms: number,
  summary?: JobSummary,
): void {
  ctx.metrics.jobs.inc({ queue: job.queueName, job: job.name, outcome });
  ctx.metrics.jobSeconds.observe({ queue: job.queueName, outcome }, ms / 1000);
  if (job.name === "tag-article" && outcome === "tagged") ctx.minutes.tagJob(ms);
  if (job.name !== "ingest-article" || outcome === "delayed") return;
  const stages = stagesOf(summary);
  for (const [key, value] of Object.entries(stages) as [StageKey, number][]) {
    ctx.metrics.stageSeconds.observe({ stage: STAGE_NAMES[key] }, value / 1000);
  }
  if (outcome === "skipped") return;
  ctx.metrics.articles.inc({ outcome });
  ctx.minutes.ingestJob({
    outcome: outcome === "extracted" ? "extracted" : outcome === "failed" ? "failed" : "other",
    jobMs: ms,
    stages,
  });
}

/** A page fetch's result: its HTTP status, or the failure code when no usable response came. */
export function observeFetch(ctx: HandlerContext, code: number | string): void {
  ctx.metrics.fetchResponses.inc({ code: String(code) });
}
