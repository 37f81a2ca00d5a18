// What a worker process measures, in Prometheus terms. Each process has its own registry, labelled
// with its worker id, and publishes it (snapshot.ts); the web app's /api/metrics serves them all.
import { statementsSent } from "@tidemark/db";
import { Counter, Gauge, Histogram, Registry } from "prom-client";

/** Stages of an ingest job, in order (see apps/worker's ingest handler). */
export const INGEST_STAGES = ["fetch_wait", "fetch", "extract", "match", "store", "wake_tag"] as const;
export type IngestStage = (typeof INGEST_STAGES)[number];

/** Database calls timed on the hot path. */
export const DB_OPERATIONS = ["begin_attempt", "live_versions", "store", "tag", "record_failure"] as const;
export type DbOperation = (typeof DB_OPERATIONS)[number];

// 1 ms … 60 s: politeness waits and slow sites are seconds, a store is milliseconds.
const SECONDS_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export interface WorkerMetrics {
  registry: Registry;
  jobSeconds: Histogram<"queue" | "outcome">;
  stageSeconds: Histogram<"stage">;
  dbSeconds: Histogram<"operation">;
  jobs: Counter<"queue" | "job" | "outcome">;
  fetchResponses: Counter<"code">;
  articles: Counter<"outcome">;
  ingestConcurrency: Gauge;
  eventLoopUtilization: Gauge;
  dbStatements: Counter;
}

export function createWorkerMetrics(workerId: string): WorkerMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ worker: workerId });
  const registers = [registry];
  return {
    registry,
    jobSeconds: new Histogram({
      name: "tidemark_job_duration_seconds",
      help: "Job run time by queue and outcome (seconds).",
      labelNames: ["queue", "outcome"],
      buckets: SECONDS_BUCKETS,
      registers,
    }),
    stageSeconds: new Histogram({
      name: "tidemark_ingest_stage_seconds",
      help: "Time an ingest job spent in each stage: fetch_wait (politeness), fetch, extract, match (themes), store (store + tag transaction), wake_tag (seconds).",
      labelNames: ["stage"],
      buckets: SECONDS_BUCKETS,
      registers,
    }),
    dbSeconds: new Histogram({
      name: "tidemark_db_operation_seconds",
      help: "Database calls on the ingest and tagging path, including their round trips (seconds).",
      labelNames: ["operation"],
      buckets: SECONDS_BUCKETS,
      registers,
    }),
    jobs: new Counter({
      name: "tidemark_jobs_total",
      help: "Jobs finished, by queue, job name and outcome.",
      labelNames: ["queue", "job", "outcome"],
      registers,
    }),
    fetchResponses: new Counter({
      name: "tidemark_fetch_responses_total",
      help: "Page fetches by HTTP status code, or by failure code when there was no usable response (timeout, dns_not_found, robots_disallowed, ...).",
      labelNames: ["code"],
      registers,
    }),
    articles: new Counter({
      name: "tidemark_articles_ingested_total",
      help: "Ingest attempts that finished, by outcome (extracted, duplicate, not_modified, failed, retry).",
      labelNames: ["outcome"],
      registers,
    }),
    ingestConcurrency: new Gauge({
      name: "tidemark_ingest_concurrency",
      help: "Ingest jobs this worker runs at once (adapted to latency and CPU).",
      registers,
    }),
    eventLoopUtilization: new Gauge({
      name: "tidemark_worker_event_loop_utilization",
      help: "Share of time the worker's event loop was busy over the last adaptation window (0-1).",
      registers,
    }),
    dbStatements: statementsCounter(registers),
  };
}

/** Statements the process sent to Postgres, read from @tidemark/db's count when scraped. */
function statementsCounter(registers: Registry[]): Counter {
  let reported = 0;
  return new Counter({
    name: "tidemark_db_statements_total",
    help: "Statements this worker process sent to Postgres (every query, BEGIN and COMMIT).",
    registers,
    collect() {
      const now = statementsSent();
      this.inc(now - reported);
      reported = now;
    },
  });
}

/** Times `work` into `histogram` (labels given), whatever its outcome. */
export async function timed<T, L extends string>(
  histogram: Histogram<L>,
  labels: Partial<Record<L, string>>,
  work: () => Promise<T>,
): Promise<T> {
  const end = histogram.startTimer(labels);
  try {
    return await work();
  } finally {
    end();
  }
}
