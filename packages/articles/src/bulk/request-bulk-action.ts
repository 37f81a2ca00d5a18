// Asking for a bulk action on every article a filter matches: the row is committed first (the
// truth), then a job wakes the worker. If Redis is away the row stays queued and the reconciler
// wakes it later; the caller is told so. Cancelling sets a flag the run checks between batches
// (a queued action that never started is cancelled at once).
import type { Db } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import type { ResolvedFilters } from "../list/list-filters-sql.ts";
import { storedFilters } from "./bulk-action-filter.ts";
import { type BulkActionKind, type BulkActionView, readBulkAction } from "./bulk-action-view.ts";

export const bulkActionJobId = (id: string) => `bulk-${id}`;

/** Wakes the worker for an action; returns a warning instead of throwing when Redis refused. */
export async function wakeBulkAction(producer: Producer, id: string): Promise<string | undefined> {
  try {
    await producer.enqueue("bulkAction", { bulkActionId: id }, { dedupeId: bulkActionJobId(id) });
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `Could not reach the job queue (${message}); the worker will pick this up when it can.`;
  }
}

export interface BulkActionRequest {
  kind: BulkActionKind;
  filters: ResolvedFilters;
  userId?: string | null | undefined;
}

export async function requestBulkAction(
  db: Db,
  producer: Producer,
  request: BulkActionRequest,
): Promise<{ action: BulkActionView; queueWarning?: string }> {
  const row = await db.bulkAction.create({
    data: {
      kind: request.kind,
      filter: storedFilters(request.filters),
      userId: request.userId ?? null,
    },
    select: { id: true },
  });
  const queueWarning = await wakeBulkAction(producer, row.id);
  const action = await readBulkAction(db, row.id);
  if (!action) throw new Error(`bulk action ${row.id} vanished after it was created`);
  return { action, ...(queueWarning ? { queueWarning } : {}) };
}

/** Asks a running action to stop after its current batch; a queued one stops at once. */
export async function cancelBulkAction(db: Db, id: string): Promise<BulkActionView | null> {
  await db.$executeRaw`
    UPDATE bulk_actions SET cancel_requested = true, updated_at = now(),
      status = CASE WHEN status = 'queued' THEN 'cancelled'::"BackfillStatus" ELSE status END,
      finished_at = CASE WHEN status = 'queued' THEN now() ELSE finished_at END
    WHERE id = ${id}::uuid AND status IN ('queued', 'running')`;
  return readBulkAction(db, id);
}
