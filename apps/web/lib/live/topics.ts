// What a live page can watch, and how each topic's current state is read: one small query per
// topic (or one Redis call for queue counts), never a scan. A state is compared as a string, so a
// page is told only when something it shows has changed.

import { readBulkAction } from "@tidemark/articles";
import { type Db, prisma } from "@tidemark/db";
import { runningImports } from "@tidemark/intake";
import { z } from "zod";
import { queueCounts } from "@/lib/health/queue-health";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const TOPIC = new RegExp(`^(?:(?:article|theme|schedule|bulk):${UUID}|queues|backfills|imports)$`, "i");

export type LiveTopic =
  | `article:${string}`
  | `theme:${string}`
  | `schedule:${string}`
  | `bulk:${string}`
  | "queues"
  | "backfills"
  | "imports";

export const liveTopicSchema = z
  .string()
  .regex(TOPIC, "a topic: article:<id>, theme:<id>, schedule:<id>, bulk:<id>, queues, backfills, or imports")
  .transform((t) => t.toLowerCase() as LiveTopic);

/** The most topics one page (one connection) may watch. */
export const MAX_TOPICS = 20;

export type LiveState = Record<string, unknown> | null;

type Reader = (db: Db, id: string) => Promise<LiveState>;

/** An article's lifecycle: status, attempts, a pending re-fetch and the last check. */
const readArticle: Reader = async (db, id) => {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT status::text AS status, attempts, refetch_requested_at, last_checked_at, content_hash, tagged_hash,
           updated_at
    FROM articles WHERE id = CAST(${id} AS uuid)`;
  return rows[0] ?? null;
};

/** A theme's versions and its active backfill, read together in one statement. */
const readTheme: Reader = async (db, id) => {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT t.series_version_id, t.current_version_id, t.updated_at,
           (SELECT json_build_object('id', b.id, 'status', b.status, 'done', b.done, 'total', b.total,
                                     'matched', b.matched, 'cancel', b.cancel_requested)
              FROM theme_backfills b
             WHERE b.theme_id = t.id AND b.status IN ('queued', 'running')
             ORDER BY b.created_at DESC LIMIT 1) AS backfill
    FROM themes t WHERE t.id = CAST(${id} AS uuid)`;
  return rows[0] ?? null;
};

/**
 * A schedule's latest run (running or finished), how far the articles it added have got (a run is
 * done once listed; its new articles are fetched after), and its next run time.
 */
const readSchedule: Reader = async (db, id) => {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT s.last_run_at, s.next_run_at, s.enabled, s.updated_at,
           (SELECT json_build_object(
                     'id', r.id, 'status', r.status,
                     'articles', (SELECT json_build_object(
                                           'pending', count(*) FILTER (WHERE a.status IN ('queued', 'fetching')),
                                           'failed', count(*) FILTER (WHERE a.status = 'failed'))
                                    FROM schedule_articles l JOIN articles a ON a.id = l.article_id
                                   WHERE l.run_id = r.id AND l.is_new))
              FROM schedule_runs r WHERE r.schedule_id = s.id
             ORDER BY r.started_at DESC LIMIT 1) AS run
    FROM schedules s WHERE s.id = CAST(${id} AS uuid)`;
  return rows[0] ?? null;
};

/** Every backfill in progress, with its progress. */
async function readBackfills(db: Db): Promise<LiveState> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT id, status::text AS status, done, total, matched FROM theme_backfills
    WHERE status IN ('queued', 'running') ORDER BY created_at LIMIT 50`;
  return { backfills: rows };
}

/**
 * Imports still in the pipeline, with their articles counted by status. Always on the primary:
 * reading it settles the imports found finished (their counts are kept, never counted again).
 */
async function readImports(): Promise<LiveState> {
  const running = await runningImports(prisma);
  return { imports: running.map((r) => ({ id: r.id, ...r.counts.byStatus })) };
}

async function readQueues(): Promise<LiveState> {
  const queues = await queueCounts();
  return { queues: queues.map((q) => ({ queue: q.queue, ...q.counts, completed: undefined })) };
}

export async function readTopic(db: Db, topic: LiveTopic): Promise<LiveState> {
  if (topic === "queues") return readQueues();
  if (topic === "backfills") return readBackfills(db);
  if (topic === "imports") return readImports();
  const [kind, id = ""] = topic.split(":");
  if (kind === "article") return readArticle(db, id);
  if (kind === "theme") return readTheme(db, id);
  // A bulk action's progress (done of total, rate, time left) and outcome.
  if (kind === "bulk") return readBulkAction(db, id);
  return readSchedule(db, id);
}

/** The form a state is compared and sent in. */
export function stateKey(state: LiveState): string {
  // Dates arrive here already as ISO strings (JSON.stringify calls toJSON first).
  return JSON.stringify(state, (_key, value: unknown) => (typeof value === "bigint" ? Number(value) : value));
}
