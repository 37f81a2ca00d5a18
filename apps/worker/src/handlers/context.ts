import type { Db } from "@tidemark/db";
import type { Fetcher } from "@tidemark/ingest/fetch";
import type { MinuteTotals, WorkerMetrics } from "@tidemark/metrics";
import type { Producer } from "@tidemark/queue";
import type { HostSlots } from "../host-slots.ts";
import type { Logger } from "../logger.ts";
import type { DocumentFetcher } from "../pipeline/obtain-document.ts";

/** What every job handler gets: shared per-process resources, created once in main.ts. */
export interface HandlerContext {
  db: Db;
  producer: Producer;
  logger: Logger;
  fetchDocument: DocumentFetcher;
  /** The same safe fetcher, for feeds and sitemaps. */
  fetcher: Fetcher;
  minArticleWords: number;
  /** Turns on busy sites, shared through Redis (see host-slots.ts). */
  hostSlots: HostSlots;
  /** The politeness gap per host, for spacing parked jobs. */
  hostGapMs: number;
  /** How long a job may wait in its slot for its host before it is parked instead. */
  hostWaitMs: number;
  /** This process's Prometheus metrics (published through Redis, served by /api/metrics). */
  metrics: WorkerMetrics;
  /** Bulk actions: articles per batch, and the least time a batch takes (pacing). */
  bulkBatchSize?: number;
  bulkBatchMs?: number;
  /** Per-minute ingest totals, added to Postgres once a minute (the Health page's history). */
  minutes: MinuteTotals;
}

/** What a handler reports; logged as one structured line per job. */
export interface JobSummary {
  outcome: string;
  [field: string]: unknown;
}
