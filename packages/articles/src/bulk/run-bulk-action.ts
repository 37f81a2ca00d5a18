// The worker's side of a bulk action: count the matches once (up to the newest matching id then,
// so articles added later are left out), then work through them in id order a batch at a time.
// Each batch's progress (cursor, done, counts) is written in one statement guarded by the cursor
// it started from — for a delete in the same transaction as the delete — so a crash loses at
// most a batch's work, which the next run redoes (re-ingest requests are idempotent; deleted rows
// are simply not found again), and two runs of one action never both count a batch.
import type { Db } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import { uncountArticles } from "@tidemark/themes/coverage";
import { articleConditions, whereClause } from "../list/list-filters-sql.ts";
import { requestRefetch } from "../request-refetch.ts";
import { storedFiltersSchema } from "./bulk-action-filter.ts";
import { BULK_BATCH } from "./bulk-batches.ts";

const BEFORE_ALL = "00000000-0000-0000-0000-000000000000";

export interface BulkActionRunOptions {
  batchSize?: number;
  /** Stop starting batches after this instant (ms since the epoch); the outcome is then "paused". */
  until?: number;
  /**
   * Pace: each batch takes at least this long (ms), the rest spent waiting, so a big action
   * leaves room for ingest and the dashboard (default 0: as fast as the database goes).
   */
  minBatchMs?: number;
  /** Called after each recorded batch (tests crash the run there). */
  afterBatch?: (done: number) => Promise<void>;
}

export type BulkActionOutcome = "done" | "paused" | "cancelled" | "skipped" | "superseded" | "failed";

export interface BulkActionRunReport {
  outcome: BulkActionOutcome;
  batches: number;
  handled: number;
}

interface ActionRow {
  kind: string;
  status: string;
  filter: unknown;
  total: number | null;
  through_id: string | null;
  cursor: string | null;
  cancel_requested: boolean;
}

async function readRow(db: Db, id: string): Promise<ActionRow | undefined> {
  const [row] = await db.$queryRaw<ActionRow[]>`
    SELECT kind, status::text AS status, filter, total, through_id::text, cursor::text, cancel_requested
    FROM bulk_actions WHERE id = ${id}::uuid`;
  return row;
}

async function finish(db: Db, id: string, status: "done" | "cancelled"): Promise<void> {
  await db.$executeRaw`
    UPDATE bulk_actions SET status = ${status}::"BackfillStatus", finished_at = now(), updated_at = now()
    WHERE id = ${id}::uuid AND status IN ('queued', 'running')`;
}

/** Records why a run failed (the job's retries and the reconciler try again). */
export async function noteBulkActionError(db: Db, id: string, message: string): Promise<void> {
  await db.bulkAction.updateMany({ where: { id }, data: { error: message } });
}

export async function runBulkAction(
  db: Db,
  producer: Producer,
  id: string,
  { batchSize = BULK_BATCH, until, minBatchMs = 0, afterBatch }: BulkActionRunOptions = {},
): Promise<BulkActionRunReport> {
  const report: BulkActionRunReport = { outcome: "skipped", batches: 0, handled: 0 };
  let row = await readRow(db, id);
  if (!row || (row.status !== "queued" && row.status !== "running")) return report;
  if (row.cancel_requested) {
    await finish(db, id, "cancelled");
    return { ...report, outcome: "cancelled" };
  }
  const parsed = storedFiltersSchema.safeParse(row.filter);
  if (!parsed.success) {
    // A filter this release cannot read never will: fail it for good (no retry can help).
    await db.$executeRaw`
      UPDATE bulk_actions SET status = 'failed', error = ${`unreadable filter: ${parsed.error.message}`},
        finished_at = now(), updated_at = now()
      WHERE id = ${id}::uuid AND status IN ('queued', 'running')`;
    return { ...report, outcome: "failed" };
  }
  const filters = parsed.data;
  const where = whereClause(articleConditions(filters));
  if (row.total === null) {
    const [count] = await db.$queryRaw<{ n: number; last: string | null }[]>`
      SELECT (SELECT count(*)::int FROM articles a WHERE ${where}) AS n,
             (SELECT a.id::text FROM articles a WHERE ${where} ORDER BY a.id DESC LIMIT 1) AS last`;
    await db.$executeRaw`
      UPDATE bulk_actions SET total = ${count?.n ?? 0}, through_id = CAST(${count?.last ?? null} AS uuid),
        status = 'running', started_at = now(), updated_at = now()
      WHERE id = ${id}::uuid AND total IS NULL AND status = 'queued'`;
    row = await readRow(db, id);
    if (row?.status !== "running") return report;
  }
  const through = row.through_id;
  let cursor = row.cursor;
  for (;;) {
    const started = Date.now();
    const rows = through
      ? await db.$queryRaw<{ id: string }[]>`
          SELECT a.id::text AS id FROM articles a
          WHERE ${where} AND a.id > CAST(${cursor ?? BEFORE_ALL} AS uuid) AND a.id <= CAST(${through} AS uuid)
          ORDER BY a.id LIMIT ${batchSize}`
      : [];
    const ids = rows.map((r) => r.id);
    const last = ids.at(-1);
    if (!last) {
      await finish(db, id, "done");
      return { ...report, outcome: "done" };
    }
    const recorded =
      row.kind === "delete"
        ? await deleteBatch(db, id, cursor, last, ids)
        : await reingestBatch(db, producer, id, cursor, last, ids);
    if (!recorded) return { ...report, outcome: "superseded" };
    cursor = last;
    report.batches += 1;
    report.handled += ids.length;
    await afterBatch?.(report.handled);
    if (recorded.cancel) {
      await finish(db, id, "cancelled");
      return { ...report, outcome: "cancelled" };
    }
    if (ids.length < batchSize) {
      await finish(db, id, "done");
      return { ...report, outcome: "done" };
    }
    const rest = minBatchMs - (Date.now() - started);
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
    if (until !== undefined && Date.now() >= until) return { ...report, outcome: "paused" };
  }
}

type Recorded = { cancel: boolean } | undefined;

/** Advances the row from `from` to `to`; undefined when another run already moved it. */
async function advance(
  db: Pick<Db, "$queryRaw">,
  id: string,
  from: string | null,
  to: string,
  counts: { done: number; affected: number; skipped: number; woken: number },
): Promise<Recorded> {
  const [row] = await db.$queryRaw<{ cancel: boolean }[]>`
    UPDATE bulk_actions SET cursor = ${to}::uuid, done = done + ${counts.done},
      affected = affected + ${counts.affected}, skipped = skipped + ${counts.skipped},
      woken = woken + ${counts.woken}, updated_at = now()
    WHERE id = ${id}::uuid AND cursor IS NOT DISTINCT FROM CAST(${from} AS uuid) AND status = 'running'
    RETURNING cancel_requested AS cancel`;
  return row;
}

class Superseded extends Error {}

async function deleteBatch(
  db: Db,
  id: string,
  from: string | null,
  to: string,
  ids: string[],
): Promise<Recorded> {
  try {
    return await db.$transaction(async (tx) => {
      const locked = await uncountArticles(tx, ids);
      const { count } =
        locked.length > 0 ? await tx.article.deleteMany({ where: { id: { in: locked } } }) : { count: 0 };
      const recorded = await advance(tx, id, from, to, {
        done: ids.length,
        affected: count,
        skipped: 0,
        woken: 0,
      });
      // Another run recorded this batch (or the action ended): undo the delete here.
      if (!recorded) throw new Superseded();
      return recorded;
    });
  } catch (error) {
    if (error instanceof Superseded) return undefined;
    throw error;
  }
}

async function reingestBatch(
  db: Db,
  producer: Producer,
  id: string,
  from: string | null,
  to: string,
  ids: string[],
): Promise<Recorded> {
  // Recording a re-fetch twice (a crash before the progress below) only asks again: harmless.
  const batch = await requestRefetch(db, producer, ids);
  return advance(db, id, from, to, {
    done: ids.length,
    affected: batch.requested.length,
    skipped: ids.length - batch.requested.length,
    woken: batch.woken,
  });
}
