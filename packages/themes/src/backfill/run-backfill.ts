// The backfill job: re-tag every counted article with one theme version, in id order, in
// batches, recording progress (and a cursor, so a restarted job resumes where it stopped) and
// checking for cancellation between batches. On completion the version becomes the one the
// series show, and hits of superseded versions are dropped.
import type { Db } from "@tidemark/db";
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
    const batch = await db.article.findMany({
      where: { status: { in: COUNTED }, duplicateOfId: null, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, title: true, text: true },
    });
    if (batch.length === 0) break;
    const pairs = batch.map((a) => ({
      articleId: a.id,
      themeId: themeVersion.themeId,
      versionId: themeVersion.id,
      result: compiled.match(prepareDocument({ title: a.title ?? "", text: a.text ?? "" })),
    }));
    cursor = batch.at(-1)?.id ?? cursor;
    await db.$transaction((tx) => writeHitPairs(tx, pairs), { timeout: 120_000 });
    done += batch.length;
    matched += pairs.filter((p) => p.result !== null).length;
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
