// Starting a backfill: a row in Postgres first (the truth, visible as progress), then a job.
// If Redis is unreachable the row stays queued and the worker's reconciler enqueues it later.
import type { Db } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";

/** Anything that can enqueue a backfill job: in practice a Producer. */
export type BackfillStarter = Pick<Producer, "enqueue">;

export async function startBackfill(
  db: Db,
  producer: BackfillStarter,
  themeId: string,
  themeVersionId: string,
): Promise<string> {
  // A newer definition supersedes any backfill still running for an older one.
  await db.themeBackfill.updateMany({
    where: { themeId, status: { in: ["queued", "running"] }, themeVersionId: { not: themeVersionId } },
    data: { cancelRequested: true },
  });
  const backfill = await db.themeBackfill.create({ data: { themeId, themeVersionId } });
  await enqueueBackfill(producer, backfill.id);
  return backfill.id;
}

/** Enqueue (or re-enqueue) the job for a backfill row; keyed by its id, so never twice at once. */
export async function enqueueBackfill(producer: BackfillStarter, backfillId: string): Promise<boolean> {
  try {
    await producer.enqueue("backfillTheme", { backfillId }, { jobId: backfillId });
    return true;
  } catch (error) {
    // The row is safe in Postgres; the reconciler will enqueue it when Redis is back.
    console.warn(`[tidemark] backfill ${backfillId} queued in Postgres only: ${(error as Error).message}`);
    return false;
  }
}

export async function cancelBackfill(db: Db, backfillId: string): Promise<boolean> {
  const { count } = await db.themeBackfill.updateMany({
    where: { id: backfillId, status: { in: ["queued", "running"] } },
    data: { cancelRequested: true },
  });
  return count > 0;
}
