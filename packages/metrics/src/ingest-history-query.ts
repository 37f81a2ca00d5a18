// Ingest throughput and mean stage latency over the last hours, in fixed buckets, for the Health
// page: reads at most (hours × 60) rows of ingest_minutes, never the articles table.
import type { Db } from "@tidemark/db";

export interface IngestHistoryBucket {
  start: Date;
  jobs: number;
  extracted: number;
  failed: number;
  other: number;
  /** Articles extracted per second over the bucket. */
  perSecond: number;
  /** Mean ms per ingest job and per stage; null when no job ran. */
  jobMs: number | null;
  jobMsMax: number;
  fetchWaitMs: number | null;
  fetchMs: number | null;
  extractMs: number | null;
  matchMs: number | null;
  storeMs: number | null;
  tagJobs: number;
}

interface Row {
  start: Date;
  jobs: number;
  extracted: number;
  failed: number;
  other: number;
  job_ms: number;
  job_ms_max: number;
  fetch_wait_ms: number;
  fetch_ms: number;
  extract_ms: number;
  match_ms: number;
  store_ms: number;
  tag_jobs: number;
}

export async function ingestHistory(
  db: Db,
  hours: number,
  bucketMinutes: number,
): Promise<IngestHistoryBucket[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT date_bin(make_interval(mins => ${bucketMinutes}), minute, timestamptz '2000-01-01') AS start,
           sum(jobs)::int AS jobs, sum(extracted)::int AS extracted, sum(failed)::int AS failed, sum(other)::int AS other,
           sum(job_ms_sum)::float8 AS job_ms, max(job_ms_max)::int AS job_ms_max,
           sum(fetch_wait_ms_sum)::float8 AS fetch_wait_ms, sum(fetch_ms_sum)::float8 AS fetch_ms,
           sum(extract_ms_sum)::float8 AS extract_ms, sum(match_ms_sum)::float8 AS match_ms,
           sum(store_ms_sum)::float8 AS store_ms, sum(tag_jobs)::int AS tag_jobs
    FROM ingest_minutes
    WHERE minute >= now() - make_interval(hours => ${hours})
    GROUP BY 1 ORDER BY 1`;
  const mean = (sum: number, n: number) => (n > 0 ? Math.round((sum / n) * 10) / 10 : null);
  return rows.map((r) => ({
    start: r.start,
    jobs: r.jobs,
    extracted: r.extracted,
    failed: r.failed,
    other: r.other,
    perSecond: r.extracted / (bucketMinutes * 60),
    jobMs: mean(r.job_ms, r.jobs),
    jobMsMax: r.job_ms_max,
    fetchWaitMs: mean(r.fetch_wait_ms, r.jobs),
    fetchMs: mean(r.fetch_ms, r.jobs),
    extractMs: mean(r.extract_ms, r.jobs),
    matchMs: mean(r.match_ms, r.jobs),
    storeMs: mean(r.store_ms, r.jobs),
    tagJobs: r.tag_jobs,
  }));
}
