// What Postgres says is still owed, a page at a time (keyset over ids), for the reconciler.
import { type Db, Prisma } from "@tidemark/db";

export interface PendingIngest {
  id: string;
  /** Set when the article already has text (a re-fetch is owed, not a first ingest). */
  hasContent: boolean;
  attempts: number;
}

/** Articles whose ingest is owed and untouched since `staleBefore`. */
export async function pendingIngestPage(
  db: Db,
  after: string | undefined,
  staleBefore: Date,
  limit: number,
): Promise<PendingIngest[]> {
  const rows = await db.$queryRaw<{ id: string; has_content: boolean; attempts: number }[]>`
    SELECT id::text, content_hash IS NOT NULL AS has_content, attempts FROM articles
    WHERE (status IN ('queued', 'fetching') OR refetch_requested_at IS NOT NULL)
      AND updated_at < ${staleBefore}
      ${after ? Prisma.sql`AND id > ${after}::uuid` : Prisma.empty}
    ORDER BY id LIMIT ${limit}`;
  return rows.map((r) => ({ id: r.id, hasContent: r.has_content, attempts: r.attempts }));
}

/** Extracted articles whose current text the themes have not seen (tag-pending). */
export async function pendingTaggingPage(
  db: Db,
  after: string | undefined,
  staleBefore: Date,
  limit: number,
): Promise<{ id: string }[]> {
  return db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM articles
    WHERE content_hash IS NOT NULL AND tagged_hash IS DISTINCT FROM content_hash
      AND status = 'extracted' AND updated_at < ${staleBefore}
      ${after ? Prisma.sql`AND id > ${after}::uuid` : Prisma.empty}
    ORDER BY id LIMIT ${limit}`;
}
