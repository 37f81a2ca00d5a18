// Imports still in the pipeline, with their counts: what a live Add page follows. An import found
// with nothing queued or fetching is settled here (its counts kept, once: the UPDATE only takes an
// unsettled row), so it is not counted again — until some of its articles are re-ingested, which
// reopens it (reopen-imports.ts) to settle anew with their final statuses. Writes, so give it the primary database.
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
    // Settled only if still nothing is pending as the UPDATE runs: an article re-ingested since
    // the counts were read (and its import reopened) keeps the import running.
    await db.$executeRaw`
      UPDATE imports SET settled_at = now(), final_counts = ${JSON.stringify(c)}::jsonb
      WHERE id = CAST(${id} AS uuid) AND settled_at IS NULL
        AND NOT EXISTS (
          SELECT 1 FROM import_articles l JOIN articles a ON a.id = l.article_id
          WHERE l.import_id = CAST(${id} AS uuid) AND a.status IN ('queued', 'fetching'))`;
  }
  return running;
}
