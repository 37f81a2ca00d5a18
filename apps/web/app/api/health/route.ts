// GET /api/health?days=30: queue counts (waiting, active, delayed, failed …), failed jobs with
// their reasons, and per-source fetch health over the last `days` days.
import { prisma } from "@tidemark/db";
import { apiRoute } from "@/lib/api/route";
import { healthWindowSchema } from "@/lib/export/datasets/source-health";
import { connectQueues, failedJobs, queueCounts } from "@/lib/health/queue-health";
import { failuresByCode, sourceHealth } from "@/lib/health/source-health";

export const GET = apiRoute({ role: "viewer", query: healthWindowSchema }, async ({ query }) => {
  const redisError = await connectQueues();
  const [queues, failed, sources, codes] = await Promise.all([
    redisError ? Promise.resolve(null) : queueCounts(),
    redisError ? Promise.resolve(null) : failedJobs(50),
    sourceHealth(prisma, query.days),
    failuresByCode(prisma, query.days),
  ]);
  return {
    redis: redisError ? { ok: false, error: redisError } : { ok: true },
    queues,
    failedJobs: failed,
    sources,
    failuresByCode: codes,
    days: query.days,
  };
});
