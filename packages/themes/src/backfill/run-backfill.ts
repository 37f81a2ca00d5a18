// The backfill job: re-tag every counted article with one theme version, in id order, in
// batches, recording progress (and a cursor, so a restarted job resumes where it stopped) and
// checking for cancellation between batches. On completion the version becomes the one the
// series show, and hits of superseded versions are dropped.
import { type Db, Prisma } from "@tidemark/db";
import { COUNTED_STATUSES } from "../coverage/keys.ts";
import { prepareDocument } from "../query/index.ts";
import { compiledVersion } from "../tagging/compiled-versions.ts";
import { writeHitPairs } from "../tagging/write-hit-pairs.ts";
import { pruneSupersededVersions } from "./prune-versions.ts";

export interface BackfillSummary {
  status: "done" | "cancelled" | "skipped";
  done: number;
  total: number;
  matched: number;
}

const COUNTED = [...COUNTED_STATUSES];

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
  const total = await db.article.count({ where: { status: { in: COUNTED }, duplicateOfId: null } });
  await db.themeBackfill.update({
    where: { id: backfillId },
    data: { status: "running", total, startedAt: backfill.startedAt ?? new Date() },
  });
  const compiled = compiledVersion(themeVersion.id, themeVersion.definition);
  let { done, matched, cursor } = backfill;

  for (;;) {
    if (await cancelRequested(db, backfillId)) {
      await db.themeBackfill.update({
        where: { id: backfillId },
        data: { status: "cancelled", finishedAt: new Date() },
      });
      return { status: "cancelled", done, total, matched };
    }
    // The batch is read under its row locks, in the same transaction that writes its hits: an
    // edit landing meanwhile waits, then re-tags with every live version (this one included), so
    // hits are never computed from text that is no longer the article's. Lock order as
    // everywhere: article rows (by id), then hits, then aggregates.
    const step = await db.$transaction(
      async (tx) => {
        const batch = await tx.$queryRaw<{ id: string; title: string | null; text: string | null }[]>`
          SELECT id::text, title, text FROM articles
          WHERE status::text = ANY(${COUNTED}::text[]) AND duplicate_of_id IS NULL
            ${cursor ? Prisma.sql`AND id > ${cursor}::uuid` : Prisma.empty}
          ORDER BY id LIMIT ${batchSize} FOR UPDATE`;
        const pairs = batch.map((a) => ({
          articleId: a.id,
          themeId: themeVersion.themeId,
          versionId: themeVersion.id,
          result: compiled.match(prepareDocument({ title: a.title ?? "", text: a.text ?? "" })),
        }));
        await writeHitPairs(tx, pairs);
        return { batch, matched: pairs.filter((p) => p.result !== null).length };
      },
      { timeout: 120_000 },
    );
    const { batch } = step;
    if (batch.length === 0) break;
    cursor = batch.at(-1)?.id ?? cursor;
    done += batch.length;
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
