// Every change to what an article contributes starts by locking its row, which serialises
// ingest, re-ingest, tagging and backfill for that article.
import type { DateBasis, Prisma } from "@tidemark/db";
import type { CountableArticle, CoverageKey } from "./keys.ts";

interface LockedRow extends CountableArticle {
  counted_hour: Date | null;
  counted_basis: DateBasis | null;
  counted_source_id: string | null;
}

export interface LockedArticle {
  row: CountableArticle;
  /** What the article contributes right now. */
  counted: CoverageKey | null;
}

export async function lockArticle(
  tx: Prisma.TransactionClient,
  articleId: string,
): Promise<LockedArticle | null> {
  const rows = await tx.$queryRaw<LockedRow[]>`
    SELECT status::text AS status, duplicate_of_id, published_at, fetched_at, created_at, source_id,
           counted_hour, counted_basis, counted_source_id
    FROM articles WHERE id = ${articleId}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row) return null;
  const counted =
    row.counted_hour && row.counted_basis
      ? { hour: row.counted_hour, basis: row.counted_basis, sourceId: row.counted_source_id }
      : null;
  return { row, counted };
}
