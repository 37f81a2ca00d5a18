// The job registry shared by producers (web, CLI) and the worker: one entry per job name with its
// queue, its zod payload schema and its options. The worker pairs each entry with a handler; the
// web app enqueues through it without importing any worker code.
import type { JobsOptions } from "bullmq";
import { z } from "zod";
import { QUEUES, type QueueName } from "./queues.ts";

export interface JobDefinition<Schema extends z.ZodType> {
  name: string;
  queue: QueueName;
  schema: Schema;
  options?: Readonly<JobsOptions>;
}

function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  return Object.freeze(definition);
}

export const INGEST_REASONS = ["intake", "reingest", "reconcile", "retry"] as const;

export const JOBS = {
  /** Fetch (or read, for file intake), extract and store one article. Job id = article id. */
  ingestArticle: defineJob({
    name: "ingest-article",
    queue: QUEUES.ingest,
    schema: z.object({
      articleId: z.uuid(),
      reason: z.enum(INGEST_REASONS).default("intake"),
      /** How often this job already waited for its host's politeness gap (drives its backoff). */
      hostWaits: z.number().int().min(0).default(0),
    }),
    // The worker's "retry-after" strategy: exponential backoff with jitter, or the server's
    // Retry-After when it sent one.
    options: Object.freeze({ backoff: Object.freeze({ type: "retry-after" }) }),
  }),
  /** Re-enqueue articles left queued/fetching with no live job (after a Redis flush or crash). */
  reconcile: defineJob({
    name: "reconcile",
    queue: QUEUES.maintenance,
    schema: z.object({ staleAfterMs: z.number().int().min(0).optional() }),
    options: Object.freeze({ attempts: 1, removeOnComplete: Object.freeze({ count: 20 }) }),
  }),
  /** Evaluate every active theme on one article and store the hits with evidence. */
  tagArticle: defineJob({
    name: "tag-article",
    queue: QUEUES.themes,
    schema: z.object({ articleId: z.uuid() }),
  }),
  /**
   * Group one tagged article: its text family (near-duplicate copies), then its story. Woken by
   * the tag job with dedupe id `group-<article id>` (the themes queue also holds its tag job).
   */
  groupArticle: defineJob({
    name: "group-article",
    queue: QUEUES.themes,
    schema: z.object({ articleId: z.uuid() }),
  }),
  /**
   * A theme version's backfill. Without `part`: plan it (candidates cut into id ranges) and
   * enqueue a job per part; with `part`: tag that range. Resumable from Postgres cursors.
   */
  backfillTheme: defineJob({
    name: "backfill-theme",
    queue: QUEUES.themes,
    schema: z.object({ backfillId: z.uuid(), part: z.number().int().min(0).max(1_000).optional() }),
    options: Object.freeze({ attempts: 3 }),
  }),
  /** Extract and store quotes for articles that have none for their current text (resumable). */
  backfillQuotes: defineJob({
    name: "backfill-quotes",
    queue: QUEUES.themes,
    schema: z.object({}),
    options: Object.freeze({ attempts: 3 }),
  }),
  /** Evaluate every alert rule and send the deliveries that are due (every minute, by a timer). */
  evaluateAlerts: defineJob({
    name: "evaluate-alerts",
    queue: QUEUES.maintenance,
    schema: z.object({}),
    options: Object.freeze({ attempts: 1, removeOnComplete: Object.freeze({ count: 20 }) }),
  }),
  /** One run of a user schedule (re-ingest, feed poll, sitemap crawl). */
  runSchedule: defineJob({
    name: "run-schedule",
    queue: QUEUES.maintenance,
    schema: z.object({ scheduleId: z.uuid(), trigger: z.enum(["scheduler", "manual"]).default("scheduler") }),
    options: Object.freeze({ attempts: 1, removeOnComplete: Object.freeze({ count: 200 }) }),
  }),
  /** Load or remove a demo corpus, whichever its Postgres row says is owed (resumable). */
  demoCorpus: defineJob({
    name: "demo-corpus",
    queue: QUEUES.maintenance,
    schema: z.object({ name: z.string().regex(/^[a-z0-9-]+$/) }),
    options: Object.freeze({ attempts: 3, removeOnComplete: Object.freeze({ count: 20 }) }),
  }),
  /**
   * A bulk action on every article a filter matches (re-ingest, delete), a slice of batches per
   * job: the row in Postgres holds the cursor, so a job that stops (time slice, crash) goes on.
   */
  bulkAction: defineJob({
    name: "bulk-action",
    queue: QUEUES.maintenance,
    schema: z.object({ bulkActionId: z.uuid() }),
    options: Object.freeze({ attempts: 3, removeOnComplete: Object.freeze({ count: 50 }) }),
  }),
} as const;

export type JobKey = keyof typeof JOBS;
export type JobPayload<K extends JobKey> = z.input<(typeof JOBS)[K]["schema"]>;
export type ParsedJobPayload<K extends JobKey> = z.output<(typeof JOBS)[K]["schema"]>;

const byName = new Map<string, JobKey>((Object.keys(JOBS) as JobKey[]).map((key) => [JOBS[key].name, key]));

/** The registry key for a BullMQ job name, or undefined for an unknown name. */
export function jobKeyForName(name: string): JobKey | undefined {
  return byName.get(name);
}
