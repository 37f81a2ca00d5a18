// Starting backfills: rows in Postgres first (the truth, visible as progress), then jobs. If Redis
// is unreachable the rows stay queued and the worker's reconciler enqueues them later.
import type { Db, Prisma } from "@tidemark/db";
import { logger } from "@tidemark/logger";
import type { Producer } from "@tidemark/queue";

/** Anything that can enqueue a backfill job: in practice a Producer. */
export type BackfillStarter = Pick<Producer, "enqueue">;

export interface BackfillTarget {
  themeId: string;
  themeVersionId: string;
}

/**
 * Starts a backfill of each version, or reuses one already queued or running for it, so asking
 * twice (a double click, a theme paused and resumed twice) never re-tags the corpus twice. All
 * rows exist before the first job is enqueued, so a job that starts at once already finds the
 * others and can take them along in the same pass (see run-backfill.ts).
 */
export async function startBackfills(
  db: Db,
  producer: BackfillStarter,
  targets: readonly BackfillTarget[],
): Promise<string[]> {
  if (targets.length === 0) return [];
  const ids = await db.$transaction((tx) => createBackfillRows(tx, targets));
  // Re-enqueueing a pending backfill is harmless: its job is deduplicated by the row id.
  for (const id of ids) await enqueueBackfill(producer, id);
  return ids;
}

/**
 * The backfill rows for these versions, inside the caller's transaction: a theme version and the
 * backfill that makes the series use it commit together, so a crash between them cannot leave a
 * version nobody will ever backfill. Lock order: themes (by id), then backfill rows.
 */
export async function createBackfillRows(
  tx: Prisma.TransactionClient,
  targets: readonly BackfillTarget[],
): Promise<string[]> {
  const themeIds = [...new Set(targets.map((t) => t.themeId))].sort();
  // Serialises concurrent starts for the same theme, so both cannot create a row.
  await tx.$queryRaw`SELECT id FROM themes WHERE id = ANY(${themeIds}::uuid[]) ORDER BY id FOR UPDATE`;
  const ids: string[] = [];
  for (const { themeId, themeVersionId } of targets) {
    // A newer definition supersedes any backfill still running for an older one.
    await tx.themeBackfill.updateMany({
      where: { themeId, status: { in: ["queued", "running"] }, themeVersionId: { not: themeVersionId } },
      data: { cancelRequested: true },
    });
    const pending = await tx.themeBackfill.findFirst({
      where: { themeVersionId, status: { in: ["queued", "running"] }, cancelRequested: false },
      select: { id: true },
    });
    ids.push(pending?.id ?? (await tx.themeBackfill.create({ data: { themeId, themeVersionId } })).id);
  }
  return ids;
}

export async function startBackfill(
  db: Db,
  producer: BackfillStarter,
  themeId: string,
  themeVersionId: string,
): Promise<string> {
  const [id] = await startBackfills(db, producer, [{ themeId, themeVersionId }]);
  if (id === undefined) throw new Error("startBackfills returned no id for one target");
  return id;
}

/** The dedupe id of a backfill's job: the row id plans it, `<id>:<part>` runs one part. */
export function backfillJobId(backfillId: string, part?: number): string {
  return part === undefined ? backfillId : `${backfillId}:${part}`;
}

/**
 * Enqueue (or re-enqueue) the job for a backfill row, or for one of its parts; keyed by
 * `backfillJobId`, so never twice at once.
 */
export async function enqueueBackfill(
  producer: BackfillStarter,
  backfillId: string,
  part?: number,
): Promise<boolean> {
  try {
    await producer.enqueue("backfillTheme", part === undefined ? { backfillId } : { backfillId, part }, {
      dedupeId: backfillJobId(backfillId, part),
    });
    return true;
  } catch (error) {
    // The row is safe in Postgres; the reconciler will enqueue it when Redis is back.
    logger.warn(
      { err: error, backfillId, part },
      "backfill queued in Postgres only; the reconciler will enqueue it",
    );
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
