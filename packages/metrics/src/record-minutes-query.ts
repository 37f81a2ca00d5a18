// Adds a worker's per-minute totals to ingest_minutes (every worker adds to the same rows) and
// drops rows older than the retention.
import type { Db } from "@tidemark/db";
import type { MinuteRow } from "./minute-totals.ts";

export const HISTORY_RETENTION_DAYS = 7;

export async function recordMinutes(db: Db, rows: readonly MinuteRow[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof MinuteRow>(key: K) => rows.map((r) => r[key]);
  await db.$executeRaw`
    INSERT INTO ingest_minutes (minute, jobs, extracted, failed, other, job_ms_sum, job_ms_max, fetch_wait_ms_sum,
                                fetch_ms_sum, extract_ms_sum, match_ms_sum, store_ms_sum, tag_jobs, tag_ms_sum)
    SELECT * FROM unnest(${col("minute")}::timestamptz[], ${col("jobs")}::int[], ${col("extracted")}::int[],
                         ${col("failed")}::int[], ${col("other")}::int[], ${col("jobMsSum").map(Math.round)}::bigint[],
                         ${col("jobMsMax")}::int[], ${col("fetchWaitMsSum").map(Math.round)}::bigint[],
                         ${col("fetchMsSum").map(Math.round)}::bigint[], ${col("extractMsSum").map(Math.round)}::bigint[],
                         ${col("matchMsSum").map(Math.round)}::bigint[], ${col("storeMsSum").map(Math.round)}::bigint[],
                         ${col("tagJobs")}::int[], ${col("tagMsSum").map(Math.round)}::bigint[])
    ORDER BY 1
    ON CONFLICT (minute) DO UPDATE SET
      jobs = ingest_minutes.jobs + EXCLUDED.jobs,
      extracted = ingest_minutes.extracted + EXCLUDED.extracted,
      failed = ingest_minutes.failed + EXCLUDED.failed,
      other = ingest_minutes.other + EXCLUDED.other,
      job_ms_sum = ingest_minutes.job_ms_sum + EXCLUDED.job_ms_sum,
      job_ms_max = GREATEST(ingest_minutes.job_ms_max, EXCLUDED.job_ms_max),
      fetch_wait_ms_sum = ingest_minutes.fetch_wait_ms_sum + EXCLUDED.fetch_wait_ms_sum,
      fetch_ms_sum = ingest_minutes.fetch_ms_sum + EXCLUDED.fetch_ms_sum,
      extract_ms_sum = ingest_minutes.extract_ms_sum + EXCLUDED.extract_ms_sum,
      match_ms_sum = ingest_minutes.match_ms_sum + EXCLUDED.match_ms_sum,
      store_ms_sum = ingest_minutes.store_ms_sum + EXCLUDED.store_ms_sum,
      tag_jobs = ingest_minutes.tag_jobs + EXCLUDED.tag_jobs,
      tag_ms_sum = ingest_minutes.tag_ms_sum + EXCLUDED.tag_ms_sum`;
  await db.$executeRaw`
    DELETE FROM ingest_minutes WHERE minute < now() - make_interval(days => ${HISTORY_RETENTION_DAYS})`;
}
