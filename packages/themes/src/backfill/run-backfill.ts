// The backfill job: tag the counted articles that can match one theme version (the prefilter's
// candidates, see candidates.ts; every counted article when the definition cannot be
// prefiltered), in id order, in batches, recording progress over the candidates (and a cursor,
// so a restarted job resumes where it stopped) and checking for cancellation between batches. On
// completion the version becomes the one the series show, and hits of superseded versions are
// dropped.
import type { Db } from "@tidemark/db";
import { prepareDocument } from "../query/index.ts";
import { compiledVersion } from "../tagging/compiled-versions.ts";
import { writeHitPairs } from "../tagging/write-hit-pairs.ts";
import { backfillPrefilter, candidateIdPage, countCandidates, lockedBatch } from "./candidates.ts";
import { pruneSupersededVersions } from "./prune-versions.ts";

export interface BackfillSummary {
  status: "done" | "cancelled" | "skipped";
  done: number;
  total: number;
  matched: number;
}

/** Candidate ids read from the index per round trip; texts are then read `batchSize` at a time. */
const ID_PAGE = 20_000;

export async function runBackfill(db: Db, backfillId: string, batchSize = 500): Promise<BackfillSummary> {
  const backfill = await db.themeBackfill.findUnique({
    where: { id: backfillId },
    include: { themeVersion: { select: { id: true, themeId: true, definition: true } } },
  });
  if (!backfill || backfill.status === "done" || backfill.status === "cancelled") {
    return {
      status: "skipped",
      done: backfill?.done ?? 0,
      total: backfill?.total ?? 0,
      matched: backfill?.matched ?? 0,
    };
  }
  const { themeVersion } = backfill;
  const tsQuery = backfillPrefilter(themeVersion.definition);
  const total = await countCandidates(db, tsQuery);
  await db.themeBackfill.update({
    where: { id: backfillId },
    data: { status: "running", total, startedAt: backfill.startedAt ?? new Date() },
  });
  const compiled = compiledVersion(themeVersion.id, themeVersion.definition);
  let { done, matched, cursor } = backfill;

  let page: string[] = [];
  for (;;) {
    if (await cancelRequested(db, backfillId)) {
      await db.themeBackfill.update({
        where: { id: backfillId },
        data: { status: "cancelled", finishedAt: new Date() },
      });
      return { status: "cancelled", done, total, matched };
    }
    if (page.length === 0) page = await candidateIdPage(db, tsQuery, cursor, ID_PAGE);
    if (page.length === 0) break;
    const ids = page.splice(0, batchSize);
    // The batch is read under its row locks, in the same transaction that writes its hits: an
    // edit landing meanwhile waits, then re-tags with every live version (this one included), so
    // hits are never computed from text that is no longer the article's. Lock order as
    // everywhere: article rows (by id), then hits, then aggregates.
    const step = await db.$transaction(
      async (tx) => {
        const batch = await lockedBatch(tx, ids);
        const pairs = batch.map((a) => ({
          articleId: a.id,
          themeId: themeVersion.themeId,
          versionId: themeVersion.id,
          result: compiled.match(prepareDocument({ title: a.title ?? "", text: a.text ?? "" })),
        }));
        await writeHitPairs(tx, pairs);
        return { read: batch.length, matched: pairs.filter((p) => p.result !== null).length };
      },
      { timeout: 120_000 },
    );
    cursor = ids.at(-1) ?? cursor;
    done += step.read;
    matched += step.matched;
    await db.themeBackfill.update({ where: { id: backfillId }, data: { done, matched, cursor } });
  }

  await db.$transaction(async (tx) => {
    await tx.themeBackfill.update({
      where: { id: backfillId },
      data: { status: "done", done, total: Math.max(total, done), finishedAt: new Date() },
    });
    const theme = await tx.theme.findUnique({
      where: { id: themeVersion.themeId },
      select: { currentVersionId: true },
    });
    if (theme?.currentVersionId === themeVersion.id) {
      await tx.theme.update({
        where: { id: themeVersion.themeId },
        data: { seriesVersionId: themeVersion.id },
      });
      await pruneSupersededVersions(tx, themeVersion.themeId);
    }
  });
  return { status: "done", done, total: Math.max(total, done), matched };
}

async function cancelRequested(db: Db, backfillId: string): Promise<boolean> {
  const row = await db.themeBackfill.findUnique({
    where: { id: backfillId },
    select: { cancelRequested: true },
  });
  return row?.cancelRequested ?? true;
}
