// The only place the worker reads process.env. Package-level settings (database, Redis, fetch
// limits, logging) are validated by their own packages' presets, composed here with `extends`
// (as create-t3-turbo does), so a bad value anywhere fails at start with the variable's name.
import { createEnv } from "@t3-oss/env-core";
import { alertsEnv } from "@tidemark/alerts";
import { env as dbEnv } from "@tidemark/db/env";
import { env as ingestEnv } from "@tidemark/ingest/env";
import { env as loggerEnv } from "@tidemark/logger/env";
import { queueEnv } from "@tidemark/queue";
import { z } from "zod";

export const env = createEnv({
  extends: [dbEnv, queueEnv, ingestEnv, loggerEnv, alertsEnv],
  server: {
    /** Articles fetched at once by this process at start. Fetching is I/O-bound, so more than the cores. */
    WORKER_INGEST_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
    /**
     * Upper bound for the adaptive ingest concurrency: the process grows its slots while they are
     * all busy and its CPU has room, and shrinks them when CPU or latency says it is saturated.
     * Set it equal to WORKER_INGEST_CONCURRENCY for a fixed number.
     */
    WORKER_INGEST_CONCURRENCY_MAX: z.coerce.number().int().min(1).max(256).default(64),
    /** Theme-tagging jobs at once by this process. CPU-bound. */
    WORKER_THEMES_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
    /** Reconciler and schedule runs (feed polls, sitemap crawls) at once by this process. */
    WORKER_MAINTENANCE_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
    /** How often the reconciler looks for articles stuck without a job. */
    RECONCILE_EVERY_MS: z.coerce.number().int().min(1_000).default(60_000),
    /** A queued/fetching article untouched this long, with no live job, is re-enqueued. */
    RECONCILE_STALE_AFTER_MS: z.coerce.number().int().min(0).default(60_000),
    /** Extracted HTML with fewer words than this counts as a failed extraction. */
    TIDEMARK_MIN_ARTICLE_WORDS: z.coerce.number().int().min(1).default(15),
    /**
     * How long a job may wait in its slot for its site's politeness gap. Past this it is parked
     * in Redis's delayed set, so one busy site never holds every slot.
     */
    WORKER_HOST_WAIT_MS: z.coerce.number().int().min(0).default(1_500),
    /** First retry delay of a failed job; later ones double (with jitter). */
    WORKER_RETRY_BASE_MS: z.coerce.number().int().min(10).default(5_000),
    /** BullMQ job lock: a job whose worker died is retried after about this long. */
    WORKER_LOCK_DURATION_MS: z.coerce.number().int().min(1_000).default(30_000),
    /** Articles per batch of a filter-wide bulk action (re-ingest, delete). */
    BULK_ACTION_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(500),
    /** The least time one such batch takes (ms; the rest is waited out), to pace big actions. */
    BULK_ACTION_BATCH_MS: z.coerce.number().int().min(0).max(60_000).default(0),
    /** How long shutdown waits for running jobs before leaving them to be retried. */
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(30_000),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
