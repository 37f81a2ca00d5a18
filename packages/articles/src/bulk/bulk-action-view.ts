// What the dashboard and the API show of a bulk action: its progress (done of total), the rate it
// has worked at since it started and the time left at that rate, and what it did.
import type { Db } from "@tidemark/db";

export const BULK_ACTION_KINDS = ["reingest", "delete"] as const;
export type BulkActionKind = (typeof BULK_ACTION_KINDS)[number];

export const FINISHED_STATUSES = ["done", "cancelled", "failed"] as const;

// A type, not an interface, so it is a plain record (the live topic sends it as JSON).
export type BulkActionView = {
  id: string;
  kind: BulkActionKind;
  status: "queued" | "running" | "done" | "cancelled" | "failed";
  /** Articles matching when it started; null until the worker has counted them. */
  total: number | null;
  done: number;
  /** Delete: articles deleted. Re-ingest: re-fetches recorded. */
  affected: number;
  /** Re-ingest: imported documents with stored text (no page to fetch). */
  skipped: number;
  cancelRequested: boolean;
  error: string | null;
  /** Articles a second since it started (null before the first batch). */
  rate: number | null;
  /** Seconds left at that rate (null when unknown). */
  etaSeconds: number | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  userId: string | null;
};

const select = {
  id: true,
  kind: true,
  status: true,
  total: true,
  done: true,
  affected: true,
  skipped: true,
  cancelRequested: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  updatedAt: true,
  userId: true,
} as const;

type Row = {
  id: string;
  kind: string;
  status: BulkActionView["status"];
  total: number | null;
  done: number;
  affected: number;
  skipped: number;
  cancelRequested: boolean;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  updatedAt: Date;
  userId: string | null;
};

function toView(row: Row, now: Date): BulkActionView {
  const running = row.status === "queued" || row.status === "running";
  // Since it started, until now while it runs (a paced action waits between batches).
  const until = running ? now : (row.finishedAt ?? row.updatedAt);
  const seconds = row.startedAt ? (until.getTime() - row.startedAt.getTime()) / 1000 : 0;
  const rate = row.done > 0 && seconds > 0 ? row.done / seconds : null;
  const left = row.total !== null ? Math.max(0, row.total - row.done) : null;
  return {
    id: row.id,
    kind: row.kind === "delete" ? "delete" : "reingest",
    status: row.status,
    total: row.total,
    done: row.done,
    affected: row.affected,
    skipped: row.skipped,
    cancelRequested: row.cancelRequested,
    error: row.error,
    rate,
    etaSeconds: running && rate && left !== null ? Math.ceil(left / rate) : running ? null : 0,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    userId: row.userId,
  };
}

export async function readBulkAction(db: Db, id: string): Promise<BulkActionView | null> {
  const row = await db.bulkAction.findUnique({ where: { id }, select });
  return row ? toView(row, new Date()) : null;
}

/** Bulk actions still running, and those finished in the last `recentMs`; newest first. */
export async function listBulkActions(
  db: Db,
  { recentMs = 0, limit = 20 }: { recentMs?: number; limit?: number } = {},
): Promise<BulkActionView[]> {
  const rows = await db.bulkAction.findMany({
    where: {
      OR: [
        { status: { in: ["queued", "running"] } },
        ...(recentMs > 0 ? [{ finishedAt: { gte: new Date(Date.now() - recentMs) } }] : []),
      ],
    },
    orderBy: { createdAt: "desc" },
    take: limit,
    select,
  });
  const now = new Date();
  return rows.map((row) => toView(row, now));
}
