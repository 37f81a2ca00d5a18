// Planning a backfill: count its candidates (the progress total) and cut them into id ranges, one
// `theme_backfill_parts` row each, so every worker process can take a part. Planned once, under
// the backfill row's lock: a second planner (a duplicate job, another worker) finds the parts.
import type { Db } from "@tidemark/db";
import { backfillPrefilter, countCandidates, partBounds } from "./candidates.ts";

/** At most this many parts; fewer when there are few candidates. */
export const MAX_BACKFILL_PARTS = 8;
/** A part is worth a job of its own from this many candidates. */
export const MIN_PART_CANDIDATES = 5_000;

export interface PlannedPart {
  part: number;
  finished: boolean;
}

export interface BackfillPlan {
  /** null when the backfill is finished or cancelled: nothing to run. */
  parts: PlannedPart[] | null;
  versionId: string;
}

export async function planBackfill(
  db: Db,
  backfillId: string,
  options: { maxParts?: number; minPartCandidates?: number } = {},
): Promise<BackfillPlan | null> {
  const maxParts = options.maxParts ?? MAX_BACKFILL_PARTS;
  const minPart = options.minPartCandidates ?? MIN_PART_CANDIDATES;
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<
        {
          status: string;
          version_id: string;
          definition: string;
          cursor: string | null;
          done: number;
          matched: number;
        }[]
      >`
        SELECT b.status::text AS status, b.theme_version_id::text AS version_id, v.definition,
               b.cursor::text AS cursor, b.done, b.matched
        FROM theme_backfills b JOIN theme_versions v ON v.id = b.theme_version_id
        WHERE b.id = ${backfillId}::uuid FOR UPDATE OF b`;
      if (!row) return null;
      if (row.status === "done" || row.status === "cancelled")
        return { parts: null, versionId: row.version_id };
      const existing = await tx.themeBackfillPart.findMany({
        where: { backfillId },
        select: { part: true, finishedAt: true },
        orderBy: { part: "asc" },
      });
      if (existing.length > 0)
        return {
          parts: existing.map((p) => ({ part: p.part, finished: p.finishedAt !== null })),
          versionId: row.version_id,
        };

      const tsQuery = backfillPrefilter(row.definition);
      const total = await countCandidates(tx, tsQuery);
      // A backfill started before parts existed resumes as one part from its own cursor.
      const count = row.cursor ? 1 : Math.max(1, Math.min(maxParts, Math.floor(total / minPart)));
      const bounds = count > 1 ? await partBounds(tx, tsQuery, count) : [];
      const parts = Array.from({ length: Math.max(1, bounds.length) }, (_, part) => ({
        backfillId,
        part,
        afterId: part === 0 ? null : (bounds[part - 1] ?? null),
        // The last part is open-ended: ids are time-ordered, so later arrivals fall in it.
        untilId: part === bounds.length - 1 || bounds.length === 0 ? null : (bounds[part] ?? null),
        cursor: part === 0 ? row.cursor : null,
        done: part === 0 ? row.done : 0,
        matched: part === 0 ? row.matched : 0,
      }));
      await tx.themeBackfillPart.createMany({ data: parts });
      await tx.$executeRaw`
        UPDATE theme_backfills SET status = 'running', total = ${total},
          started_at = coalesce(started_at, now()), updated_at = now()
        WHERE id = ${backfillId}::uuid`;
      return { parts: parts.map((p) => ({ part: p.part, finished: false })), versionId: row.version_id };
    },
    { timeout: 120_000 },
  );
}
