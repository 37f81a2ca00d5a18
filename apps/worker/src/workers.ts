// One BullMQ Worker per queue. Each job is checked against its contract (name and zod payload)
// before its handler runs, and produces exactly one structured log line with its duration and
// outcome.
import { JOBS, type JobKey, jobKeyForName, QUEUES, type QueueName } from "@tidemark/queue";
import { type Job, UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { HandlerContext, JobSummary } from "./handlers/context.ts";
import { HANDLERS, type JobHandler } from "./handlers/registry.ts";
import { jobRetryDelayMs } from "./retry.ts";

export interface WorkerOptions {
  connection: Redis;
  prefix: string;
  concurrency: Record<QueueName, number>;
  /** A job whose worker stops renewing its lock (crashed, killed) is retried after about this. */
  lockDurationMs: number;
}

async function runJob(job: Job, ctx: HandlerContext): Promise<JobSummary> {
  const key = jobKeyForName(job.name);
  if (!key) throw new UnrecoverableError(`Unknown job name "${job.name}"`);
  const parsed = JOBS[key].schema.safeParse(job.data);
  if (!parsed.success)
    throw new UnrecoverableError(`Invalid payload for ${job.name}: ${parsed.error.message}`);
  const handler = HANDLERS[key] as JobHandler<JobKey>;
  return handler(parsed.data as never, job, ctx);
}

function processorFor(ctx: HandlerContext) {
  return async (job: Job): Promise<JobSummary> => {
    const started = performance.now();
    const base = { queue: job.queueName, job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 };
    try {
      const summary = await runJob(job, ctx);
      ctx.logger.info({ ...base, ...summary, ms: Math.round(performance.now() - started) }, "job done");
      return summary;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      ctx.logger.info(
        { ...base, outcome: "error", error: message, ms: Math.round(performance.now() - started) },
        "job failed",
      );
      throw error;
    }
  };
}

export function startWorkers(ctx: HandlerContext, options: WorkerOptions): Worker[] {
  return (Object.values(QUEUES) as QueueName[]).map((queueName) => {
    const worker = new Worker(queueName, processorFor(ctx), {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency[queueName],
      lockDuration: options.lockDurationMs,
      stalledInterval: options.lockDurationMs,
      settings: { backoffStrategy: (attemptsMade, _type, error) => jobRetryDelayMs(attemptsMade, error) },
    });
    worker.on("error", (error) => ctx.logger.error({ queue: queueName, err: error }, "worker error"));
    return worker;
  });
}
