// What a bulk action works through: the articles matching a list's filters (a selection of ids is
// the `ids` filter), read in id order a batch at a time. Only one batch of ids is ever in memory,
// so "all results of this filter" works for a million articles as for ten; the keyset on id stays
// correct while the action changes or deletes the rows it has already passed, and lets a long
// action stop at a time limit and go on later from the last id it handled.
import type { Db } from "@tidemark/db";
import { articleConditions, type ResolvedFilters, whereClause } from "../list/list-filters-sql.ts";

export const BULK_BATCH = 500;

const BEFORE_ALL = "00000000-0000-0000-0000-000000000000";

export interface BulkRun {
  /** Articles per batch (default BULK_BATCH). */
  batchSize?: number | undefined;
  /** Go on after this article id (the `next` of an earlier, stopped run). */
  after?: string | undefined;
  /** Stop starting batches after this instant (ms since the epoch); `next` then says where. */
  until?: number | undefined;
}

export interface BulkPosition {
  /** Where to go on from, or null when every matching article was handled. */
  next: string | null;
}

export async function* bulkBatches(
  db: Db,
  filters: ResolvedFilters,
  { batchSize = BULK_BATCH, after = BEFORE_ALL }: Pick<BulkRun, "batchSize" | "after"> = {},
): AsyncGenerator<string[]> {
  const where = whereClause(articleConditions(filters));
  let cursor = after;
  for (;;) {
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT a.id::text AS id FROM articles a
      WHERE ${where} AND a.id > CAST(${cursor} AS uuid)
      ORDER BY a.id LIMIT ${batchSize}`;
    if (rows.length === 0) return;
    yield rows.map((r) => r.id);
    if (rows.length < batchSize) return;
    cursor = rows.at(-1)?.id ?? cursor;
  }
}

/**
 * Runs `handle` on each batch until the matches run out (next: null) or the time limit passes
 * after a batch (next: the last id handled).
 */
export async function forEachBulkBatch(
  db: Db,
  filters: ResolvedFilters,
  run: BulkRun,
  handle: (ids: string[]) => Promise<void>,
): Promise<BulkPosition> {
  const size = run.batchSize ?? BULK_BATCH;
  for await (const ids of bulkBatches(db, filters, run)) {
    await handle(ids);
    // A short batch was the last one: nothing is left to go on with.
    if (ids.length < size) break;
    if (run.until !== undefined && Date.now() >= run.until) return { next: ids.at(-1) ?? null };
  }
  return { next: null };
}
