// An import is settled (its counts kept) once none of its articles is queued or fetching. When
// some of them go back into the pipeline — a re-ingest, the Retry of a failed one, a bulk
// re-ingest of an import's failures — the imports they came from are reopened, so the history
// follows them again and settles once more with the statuses they end with, instead of showing
// the failures they no longer have. Cheap: through import_articles' index on article_id.
import type { Db, Prisma } from "@tidemark/db";

export async function reopenImportsOf(
  db: Pick<Db, "$executeRaw"> | Prisma.TransactionClient,
  articleIds: readonly string[],
): Promise<number> {
  if (articleIds.length === 0) return 0;
  return db.$executeRaw`
    UPDATE imports SET settled_at = NULL, final_counts = NULL
    WHERE settled_at IS NOT NULL
      AND id IN (SELECT l.import_id FROM import_articles l WHERE l.article_id = ANY(CAST(${[...articleIds]} AS uuid[])))`;
}
