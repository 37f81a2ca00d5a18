// Imports still in the pipeline, with their counts: what a live Add page follows. An import found
// with nothing queued or fetching is settled here (its counts kept, once: the UPDATE only takes an
// unsettled row), so it is never counted again. Writes, so give it the primary database.
import type { Db } from "@tidemark/db";
import { countImportArticles, type ImportCounts } from "./import-counts.ts";

export interface RunningImport {
  id: string;
  counts: ImportCounts;
}

/** The most running imports followed at once (the newest). */
export const RUNNING_IMPORTS_WATCHED = 20;

export async function runningImports(db: Db, limit = RUNNING_IMPORTS_WATCHED): Promise<RunningImport[]> {
  const rows = await db.import.findMany({
    where: { settledAt: null },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true },
  });
  const counts = await countImportArticles(
    db,
    rows.map((r) => r.id),
  );
  const running: RunningImport[] = [];
  for (const [id, c] of counts) {
    if (c.byStatus.queued + c.byStatus.fetching > 0) {
      running.push({ id, counts: c });
      continue;
    }
    await db.import.updateMany({
      where: { id, settledAt: null },
      data: { settledAt: new Date(), finalCounts: { ...c } },
    });
  }
  return running;
}
