// Articles whose grouping is owed (tagged text not yet grouped), a page at a time (keyset over
// ids), for the reconciler. Served by the partial index articles_grouping_pending_idx.
import { type Db, Prisma } from "@tidemark/db";

export async function pendingGroupingPage(
  db: Db,
  after: string | undefined,
  limit: number,
): Promise<{ id: string }[]> {
  return db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM articles
    WHERE content_hash IS NOT NULL AND tagged_hash = content_hash
      AND story_hash IS DISTINCT FROM content_hash AND status IN ('extracted', 'gone')
      ${after ? Prisma.sql`AND id > ${after}::uuid` : Prisma.empty}
    ORDER BY id LIMIT ${limit}`;
}
