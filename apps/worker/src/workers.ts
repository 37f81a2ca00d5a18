// One BullMQ Worker per queue. Each job is checked against its contract (name and zod payload)
// before its handler runs, and produces exactly one structured log line with its duration and
// outcome.
import { JOBS, type JobKey, jobKeyForName, QUEUES, type QueueName } from "@tidemark/queue";
import { DelayedError, type Job, UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { IngestConcurrency } from "./concurrency-control.ts";
import type { HandlerContext, JobSummary } from "./handlers/context.ts";
import { HANDLERS, type JobHandler } from "./handlers/registry.ts";
import { observeJob } from "./observe.ts";
import { HostBusyDelay, jobRetryDelayMs } from "./retry.ts";

export interface WorkerOptions {
  connection: Redis;
  /** Adapts the ingest queue's concurrency (starting at concurrency.ingest). */
  ingestConcurrency?: IngestConcurrency;
  prefix: string;
  concurrency: Record<QueueName, number>;
  /** A job whose worker stops renewing its lock (crashed, killed) is retried after about this. */
  lockDurationMs: number;
}

async function runJob(job: Job, ctx: HandlerContext): Promise<JobSummary> {
  const key = jobKeyForName(job.name);
  // A job from a newer or older release: failing it forever helps nobody (Postgres still records
  // the work, and the reconciler asks for it again in a form this worker knows).
  if (!key) return { outcome: "ignored", why: `unknown job name "${job.name}"` };
  const parsed = JOBS[key].schema.safeParse(job.data);
  if (!parsed.success)
    throw new UnrecoverableError(`Invalid payload for ${job.name}: ${parsed.error.message}`);
  const handler = HANDLERS[key] as JobHandler<JobKey>;
  return handler(parsed.data as never, job, ctx);
}

export function processorFor(ctx: HandlerContext, control?: IngestConcurrency) {
  return async (job: Job, token?: string): Promise<JobSummary> => {
    const started = performance.now();
    control?.started();
    let waitedMs = 0;
    const base = { queue: job.queueName, job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 };
    // Every line a handler logs carries its job's id.
    const jobCtx = { ...ctx, logger: ctx.logger.child({ queue: job.queueName, jobId: job.id }) };
    try {
      const summary = await runJob(job, jobCtx);
      const ms = performance.now() - started;
      const level = summary.outcome === "ignored" ? "warn" : "info";
      ctx.logger[level]({ ...base, ...summary, ms: Math.round(ms) }, "job done");
      observeJob(ctx, job, summary.outcome, ms, summary);
      waitedMs = Number((summary.stages as Record<string, unknown> | undefined)?.fetchWaitMs) || 0;
      return summary;
    } catch (error) {
      if (error instanceof HostBusyDelay && token) {
        const delayMs = await ctx.hostSlots.reserve(error.host, error.waitMs, ctx.hostGapMs);
        await job.updateData({ ...job.data, hostWaits: (Number(job.data?.hostWaits) || 0) + 1 });
        await job.moveToDelayed(Date.now() + delayMs, token);
        ctx.logger.debug(
          { ...base, outcome: "host_busy", host: error.host, delayMs },
          "job waits for its host",
        );
        observeJob(ctx, job, "delayed", performance.now() - started);
        throw new DelayedError();
      }
      const ms = performance.now() - started;
      const message = error instanceof Error ? error.message : String(error);
      ctx.logger.info({ ...base, outcome: "error", error: message, ms: Math.round(ms) }, "job failed");
      // A final failure fails the article; any other is an attempt that will be retried.
      observeJob(ctx, job, error instanceof UnrecoverableError ? "failed" : "retry", ms);
      throw error;
    } finally {
      control?.finished(performance.now() - started - waitedMs);
    }
  };
}

export function startWorkers(ctx: HandlerContext, options: WorkerOptions): Worker[] {
  return (Object.values(QUEUES) as QueueName[]).map((queueName) => {
    const control = queueName === QUEUES.ingest ? options.ingestConcurrency : undefined;
    const worker = new Worker(queueName, processorFor(ctx, control), {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: control?.limit ?? options.concurrency[queueName],
      lockDuration: options.lockDurationMs,
      // A killed worker's job is back in the queue at most a lock plus half a lock after it died.
      stalledInterval: Math.max(1_000, Math.floor(options.lockDurationMs / 2)),
      settings: { backoffStrategy: (attemptsMade, _type, error) => jobRetryDelayMs(attemptsMade, error) },
    });
    worker.on("error", (error) => ctx.logger.error({ queue: queueName, err: error }, "worker error"));
    control?.attach(worker);
    return worker;
  });
}
