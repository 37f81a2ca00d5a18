// One part of a backfill: tag the candidates in its id range with the backfill's theme version, in
// id order, in batches. Each batch is read under its row locks, in the same transaction that
// writes its hits and advances the part's cursor and counts (and the backfill's totals), so a job
// that dies resumes exactly after the last committed batch and progress never counts a batch
// twice. An edit landing meanwhile waits for the batch, then re-tags with every live version (this
// one included), so hits are never computed from text that is no longer the article's. Lock
// order as everywhere: article rows (by id), then hits, then aggregates, then the backfill rows.
import type { Db } from "@tidemark/db";
import { prepareDocument } from "../query/index.ts";
import { compiledVersion } from "../tagging/compiled-versions.ts";
import { writeHitPairs } from "../tagging/write-hit-pairs.ts";
import { backfillPrefilter, candidateIdPage, lockedBatch } from "./candidates.ts";
import { finishIfComplete, markCancelled } from "./finish-backfill.ts";

/** Candidate ids read from the index per round trip; texts are then read `batchSize` at a time. */
const ID_PAGE = 20_000;

export type PartOutcome = "finished" | "cancelled" | "skipped";

/** Another runner committed a batch of this part first: this one stops (its batch rolls back). */
class PartTakenOver extends Error {}

export async function runBackfillPart(
  db: Db,
  backfillId: string,
  part: number,
  batchSize = 500,
): Promise<PartOutcome> {
  const row = await db.themeBackfillPart.findUnique({
    where: { backfillId_part: { backfillId, part } },
    include: {
      backfill: {
        select: { status: true, themeVersion: { select: { id: true, themeId: true, definition: true } } },
      },
    },
  });
  if (!row || row.backfill.status === "done" || row.backfill.status === "cancelled") return "skipped";
  const { themeVersion } = row.backfill;
  if (row.finishedAt === null) {
    const tsQuery = backfillPrefilter(themeVersion.definition);
    const compiled = compiledVersion(themeVersion.id, themeVersion.definition);
    // `committed` is the part's cursor as this runner last saw it committed; a batch only commits
    // if it still is, so two runners of one part (a duplicate job) can never both count a batch.
    let committed = row.cursor;
    let cursor = row.cursor ?? row.afterId;
    let page: string[] = [];
    for (;;) {
      if (await cancelRequested(db, backfillId)) {
        await markCancelled(db, backfillId);
        return "cancelled";
      }
      if (page.length === 0)
        page = await candidateIdPage(db, tsQuery, { cursor, until: row.untilId }, ID_PAGE);
      if (page.length === 0) break;
      const ids = page.splice(0, batchSize);
      const last = ids.at(-1) ?? null;
      const taken = await db
        .$transaction(
          async (tx) => {
            const batch = await lockedBatch(tx, ids);
            const pairs = batch.map((a) => ({
              articleId: a.id,
              themeId: themeVersion.themeId,
              versionId: themeVersion.id,
              result: compiled.match(prepareDocument({ title: a.title ?? "", text: a.text ?? "" })),
            }));
            await writeHitPairs(tx, pairs);
            const matched = pairs.filter((p) => p.result !== null).length;
            const advanced = await tx.$executeRaw`
            UPDATE theme_backfill_parts SET cursor = ${last}::uuid, done = done + ${batch.length},
              matched = matched + ${matched}
            WHERE backfill_id = ${backfillId}::uuid AND part = ${part} AND finished_at IS NULL
              AND cursor IS NOT DISTINCT FROM ${committed}::uuid`;
            if (advanced === 0) throw new PartTakenOver();
            await tx.$executeRaw`
            UPDATE theme_backfills SET done = done + ${batch.length}, matched = matched + ${matched},
              updated_at = now()
            WHERE id = ${backfillId}::uuid`;
          },
          { timeout: 120_000 },
        )
        .then(
          () => false,
          (error: unknown) => {
            if (error instanceof PartTakenOver) return true;
            throw error;
          },
        );
      if (taken) return "skipped";
      committed = last;
      cursor = last;
    }
    await db.themeBackfillPart.update({
      where: { backfillId_part: { backfillId, part } },
      data: { finishedAt: new Date() },
    });
  }
  await finishIfComplete(db, backfillId);
  return "finished";
}

async function cancelRequested(db: Db, backfillId: string): Promise<boolean> {
  const row = await db.themeBackfill.findUnique({
    where: { id: backfillId },
    select: { cancelRequested: true, status: true },
  });
  return row === null || row.cancelRequested || row.status === "cancelled";
}
