export { type IngestHistoryBucket, ingestHistory } from "./ingest-history-query.ts";
export { recentIngestRate } from "./ingest-rate-query.ts";
export { type IngestJobRecord, type MinuteRow, MinuteTotals } from "./minute-totals.ts";
export { HISTORY_RETENTION_DAYS, recordMinutes } from "./record-minutes-query.ts";
export { type Scrape, type ScrapeSources, scrapeMetrics } from "./scrape.ts";
export { publishSnapshot, readWorkerMetrics, SNAPSHOT_TTL_MS, startPublishing } from "./snapshot.ts";
export {
  createWorkerMetrics,
  DB_OPERATIONS,
  type DbOperation,
  INGEST_STAGES,
  type IngestStage,
  timed,
  type WorkerMetrics,
} from "./worker-metrics.ts";
