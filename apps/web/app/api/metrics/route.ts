// GET /api/metrics: Prometheus text format. Queue depths, job durations per stage (histograms),
// fetch outcomes per status code, ingest rate and database timings, from every worker process
// (published through Redis) and measured at scrape time. Needs a session or an API token; a token
// of the `metrics` scope can read this and nothing else, which is what a scraper should hold:
//   scrape_configs: [{ job_name: tidemark, metrics_path: /api/metrics,
//                      authorization: { credentials: <token> }, static_configs: [...] }]
import { prisma } from "@tidemark/db";
import { scrapeMetrics } from "@tidemark/metrics";
import { queueEnv } from "@tidemark/queue";
import { apiRoute } from "@/lib/api/route";
import { queueCounts } from "@/lib/health/queue-health";
import { webRedis } from "@/lib/server/queue";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ role: "viewer", metricsScope: true }, async ({ log }) => {
  const { contentType, body, redisError } = await scrapeMetrics({
    db: prisma,
    redis: webRedis(),
    redisPrefix: queueEnv.REDIS_PREFIX,
    queueCounts,
  });
  if (redisError) log.warn({ redisError }, "metrics scraped without Redis (tidemark_redis_up 0)");
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
});
