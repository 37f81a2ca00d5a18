// Backfills in progress, per theme: what "v3 pending: backfill 40%" is made of.
import type { Db } from "@tidemark/db";

export interface ActiveBackfill {
  id: string;
  themeId: string;
  version: number;
  status: "queued" | "running";
  done: number;
  total: number;
  matched: number;
  cancelRequested: boolean;
  /** done / total, 0 until the total is known. */
  progress: number;
}

export async function activeBackfills(
  db: Db,
  themeIds?: readonly string[],
): Promise<Map<string, ActiveBackfill>> {
  const rows = await db.themeBackfill.findMany({
    where: {
      status: { in: ["queued", "running"] },
      ...(themeIds ? { themeId: { in: [...themeIds] } } : {}),
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      themeId: true,
      status: true,
      done: true,
      total: true,
      matched: true,
      cancelRequested: true,
      themeVersion: { select: { version: true } },
    },
  });
  const out = new Map<string, ActiveBackfill>();
  // Ordered oldest first, so the newest backfill of a theme wins.
  for (const row of rows) {
    out.set(row.themeId, {
      id: row.id,
      themeId: row.themeId,
      version: row.themeVersion.version,
      status: row.status as "queued" | "running",
      done: row.done,
      total: row.total,
      matched: row.matched,
      cancelRequested: row.cancelRequested,
      progress: row.total > 0 ? Math.min(1, row.done / row.total) : 0,
    });
  }
  return out;
}
