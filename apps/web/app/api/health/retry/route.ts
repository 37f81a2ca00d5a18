// POST /api/health/retry {queue, jobId} retries one failed job; {queue, all: true} retries up to
// 1,000 failed jobs of that queue.
import { prisma } from "@tidemark/db";
import { QUEUES } from "@tidemark/queue";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { retryAllFailed, retryJob } from "@/lib/health/retry-jobs";

const queueName = z.enum(Object.values(QUEUES) as [string, ...string[]]);
const body = z.union([
  z.object({ queue: queueName, jobId: z.string().min(1).max(200) }),
  z.object({ queue: queueName, all: z.literal(true) }),
]);

export const POST = apiRoute({ role: "editor", body }, async ({ body }) => {
  const queue = body.queue as (typeof QUEUES)[keyof typeof QUEUES];
  if ("jobId" in body) {
    await retryJob(prisma, queue, body.jobId);
    return { retried: 1 };
  }
  return { retried: await retryAllFailed(prisma, queue) };
});
