// Every change to what an article contributes starts by locking its row, which serialises
// ingest, re-ingest, tagging and backfill for that article. Several articles are always locked in
// id order, so two writers locking overlapping sets cannot deadlock.
import type { DateBasis, Prisma } from "@tidemark/db";
import type { CountableArticle, CoverageKey } from "./keys.ts";

interface LockedRow extends CountableArticle {
  id: string;
  counted_hour: Date | null;
  counted_quarter: Date | null;
  counted_basis: DateBasis | null;
  counted_source_id: string | null;
}

export interface LockedArticle {
  id: string;
  /** What decides the article's contribution (status, dates, source). */
  row: CountableArticle;
  /** What the article contributes right now. */
  counted: CoverageKey | null;
}

/** Locks the articles that exist among `articleIds`; missing ones are simply absent. */
export async function lockArticles(
  tx: Prisma.TransactionClient,
  articleIds: readonly string[],
): Promise<Map<string, LockedArticle>> {
  if (articleIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<LockedRow[]>`
    SELECT id, status::text AS status, duplicate_of_id, published_at, fetched_at, created_at, source_id,
           counted_hour, counted_quarter, counted_basis, counted_source_id
    FROM articles WHERE id = ANY(${[...articleIds]}::uuid[]) ORDER BY id FOR UPDATE`;
  return new Map(rows.map((row) => [row.id, { id: row.id, row, counted: countedKey(row) }]));
}

export async function lockArticle(
  tx: Prisma.TransactionClient,
  articleId: string,
): Promise<LockedArticle | null> {
  return (await lockArticles(tx, [articleId])).get(articleId) ?? null;
}

/**
 * lockArticle, and the theme versions the article hits, in one round trip. The hits are read with
 * the statement's snapshot, taken before any wait for the lock: use it only when the transaction
 * already holds the row (see syncArticleCoverage).
 */
export async function lockArticleWithHits(
  tx: Prisma.TransactionClient,
  articleId: string,
): Promise<(LockedArticle & { hitVersions: string[] }) | null> {
  const rows = await tx.$queryRaw<(LockedRow & { hit_versions: string[] })[]>`
    SELECT id, status::text AS status, duplicate_of_id, published_at, fetched_at, created_at, source_id,
           counted_hour, counted_quarter, counted_basis, counted_source_id,
           ARRAY(SELECT h.theme_version_id::text FROM article_theme_hits h WHERE h.article_id = a.id) AS hit_versions
    FROM articles a WHERE id = ${articleId}::uuid FOR UPDATE`;
  const row = rows[0];
  return row ? { id: row.id, row, counted: countedKey(row), hitVersions: row.hit_versions } : null;
}

function countedKey(row: LockedRow): CoverageKey | null {
  return row.counted_hour && row.counted_basis
    ? {
        hour: row.counted_hour,
        quarter: row.counted_quarter ?? row.counted_hour,
        basis: row.counted_basis,
        sourceId: row.counted_source_id,
      }
    : null;
}
