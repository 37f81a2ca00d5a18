// Queue counts and failed jobs, straight from BullMQ. Redis being down is reported as such,
// not as an error page: the health page is where you go when things are broken.
import { QUEUES, type QueueName, waitForRedis } from "@tidemark/queue";
import { webProducer, webRedis } from "@/lib/server/queue";

export const QUEUE_NAMES = Object.values(QUEUES) as QueueName[];
const STATES = ["waiting", "active", "delayed", "failed", "completed", "prioritized"] as const;

export interface QueueCounts {
  queue: QueueName;
  counts: Record<(typeof STATES)[number], number>;
}

export interface FailedJob {
  queue: QueueName;
  id: string;
  name: string;
  articleId: string | null;
  backfillId: string | null;
  attemptsMade: number;
  failedReason: string;
  failedAt: string | null;
  addedAt: string;
}

export async function connectQueues(): Promise<string | null> {
  try {
    await waitForRedis(webRedis(), 2_000);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function queueCounts(): Promise<QueueCounts[]> {
  const producer = webProducer();
  return Promise.all(
    QUEUE_NAMES.map(async (queue) => {
      const raw = await producer.queue(queue).getJobCounts(...STATES);
      const counts = Object.fromEntries(STATES.map((s) => [s, raw[s] ?? 0])) as QueueCounts["counts"];
      return { queue, counts };
    }),
  );
}

function stringField(data: unknown, key: string): string | null {
  if (typeof data !== "object" || data === null) return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === "string" ? value : null;
}

export async function failedJobs(limit = 50): Promise<FailedJob[]> {
  const producer = webProducer();
  const lists = await Promise.all(
    QUEUE_NAMES.map(async (queue) => {
      const jobs = await producer.queue(queue).getFailed(0, limit - 1);
      return jobs.map(
        (job): FailedJob => ({
          queue,
          id: job.id ?? "",
          name: job.name,
          articleId: stringField(job.data, "articleId"),
          backfillId: stringField(job.data, "backfillId"),
          attemptsMade: job.attemptsMade,
          failedReason: job.failedReason ?? "",
          failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
          addedAt: new Date(job.timestamp).toISOString(),
        }),
      );
    }),
  );
  return lists
    .flat()
    .sort((a, b) => (b.failedAt ?? "").localeCompare(a.failedAt ?? ""))
    .slice(0, limit);
}
