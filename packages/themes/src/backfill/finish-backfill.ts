// Ending a backfill. The last part to finish (or the coordinator job, or the reconciler's retry
// after a crash between a part's end and this) completes it, under the backfill row's lock, once
// every part is finished: the version becomes the one the series show if it is still the theme's
// current one, and hits of superseded versions are dropped. Idempotent: a done or cancelled
// backfill is left as it is.
import type { Db } from "@tidemark/db";
import { pruneSupersededVersions } from "./prune-versions.ts";

export async function finishIfComplete(db: Db, backfillId: string): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ status: string; theme_id: string; theme_version_id: string }[]>`
        SELECT status::text AS status, theme_id::text, theme_version_id::text
        FROM theme_backfills WHERE id = ${backfillId}::uuid FOR UPDATE`;
      if (!row || row.status === "done" || row.status === "cancelled") return false;
      const open = await tx.themeBackfillPart.count({ where: { backfillId, finishedAt: null } });
      const planned = await tx.themeBackfillPart.count({ where: { backfillId } });
      if (planned === 0 || open > 0) return false;
      await tx.$executeRaw`
        UPDATE theme_backfills SET status = 'done', total = greatest(total, done),
          finished_at = now(), updated_at = now()
        WHERE id = ${backfillId}::uuid`;
      const theme = await tx.theme.findUnique({
        where: { id: row.theme_id },
        select: { currentVersionId: true },
      });
      if (theme?.currentVersionId === row.theme_version_id) {
        await tx.theme.update({
          where: { id: row.theme_id },
          data: { seriesVersionId: row.theme_version_id },
        });
        await pruneSupersededVersions(tx, row.theme_id);
      }
      return true;
    },
    { timeout: 120_000 },
  );
}

/** Marks a backfill cancelled (once); its parts stop at their next batch boundary. */
export async function markCancelled(db: Db, backfillId: string): Promise<void> {
  await db.$executeRaw`
    UPDATE theme_backfills SET status = 'cancelled', finished_at = now(), updated_at = now()
    WHERE id = ${backfillId}::uuid AND status IN ('queued', 'running')`;
}
