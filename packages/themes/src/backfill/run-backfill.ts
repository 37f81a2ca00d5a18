// A whole backfill in this process: plan its parts (plan-backfill.ts), run them (run-part.ts),
// `concurrency` at a time, and report. The worker runs parts as separate jobs instead, so several
// processes share one backfill (apps/worker handlers/backfill-theme.ts); tests, benchmarks and the
// web test support use this.
import type { Db } from "@tidemark/db";
import { planBackfill } from "./plan-backfill.ts";
import { runBackfillPart } from "./run-part.ts";

export interface BackfillSummary {
  status: "done" | "cancelled" | "skipped";
  done: number;
  total: number;
  matched: number;
}

export interface RunBackfillOptions {
  /** Parts run at once in this process (their database waits overlap). Default 1. */
  concurrency?: number;
  maxParts?: number;
  minPartCandidates?: number;
}

export async function runBackfill(
  db: Db,
  backfillId: string,
  batchSize = 500,
  options: RunBackfillOptions = {},
): Promise<BackfillSummary> {
  const plan = await planBackfill(db, backfillId, options);
  if (plan?.parts) {
    const queue = plan.parts.map((p) => p.part);
    const lanes = Math.max(1, Math.min(options.concurrency ?? 1, queue.length));
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        for (let part = queue.shift(); part !== undefined; part = queue.shift()) {
          if ((await runBackfillPart(db, backfillId, part, batchSize)) === "cancelled") queue.length = 0;
        }
      }),
    );
  }
  const row = await db.themeBackfill.findUnique({
    where: { id: backfillId },
    select: { status: true, done: true, total: true, matched: true },
  });
  if (!row) return { status: "skipped", done: 0, total: 0, matched: 0 };
  const status = row.status === "done" || row.status === "cancelled" ? row.status : "skipped";
  // Only a run that ended it reports done/cancelled; one that found it ended says skipped.
  const ended = plan?.parts ? status : "skipped";
  return { status: ended, done: row.done, total: Math.max(row.total, row.done), matched: row.matched };
}
