// Deleting many articles: each batch in one transaction that locks the rows (id order), takes
// their whole contribution out of the coverage aggregates in summed upserts, then deletes them —
// so every series stays exact after each batch, and a crash between batches loses nothing.
import type { Db } from "@tidemark/db";
import { uncountArticles } from "@tidemark/themes/coverage";

export const DELETE_BATCH = 500;

/** Deletes the given articles (missing ids are skipped); returns how many were deleted. */
export async function deleteArticles(db: Db, ids: readonly string[]): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < ids.length; i += DELETE_BATCH) {
    const batch = ids.slice(i, i + DELETE_BATCH);
    deleted += await db.$transaction(async (tx) => {
      const locked = await uncountArticles(tx, batch);
      if (locked.length === 0) return 0;
      const { count } = await tx.article.deleteMany({ where: { id: { in: locked } } });
      return count;
    });
  }
  return deleted;
}

/**
 * Deletes every file-intake article whose file path starts with `prefix` (e.g. the demo corpus,
 * filed as "demo/…"), a batch at a time in id order; `onProgress` hears the running total.
 */
export async function deleteFileArticles(
  db: Db,
  prefix: string,
  onProgress?: (deleted: number) => void | Promise<void>,
): Promise<number> {
  const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  let deleted = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM articles
      WHERE intake = 'file' AND file_path LIKE ${pattern} AND id > ${after}::uuid
      ORDER BY id LIMIT ${DELETE_BATCH}`;
    if (rows.length === 0) return deleted;
    deleted += await deleteArticles(
      db,
      rows.map((r) => r.id),
    );
    after = rows.at(-1)?.id ?? after;
    await onProgress?.(deleted);
  }
}
