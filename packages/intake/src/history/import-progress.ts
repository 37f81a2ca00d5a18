// An import's progress from its counts: how many are still in the pipeline, and while any are,
// the rate its new articles have settled at since it was added and the time left at that rate.
import { z } from "zod";
import type { ImportCounts } from "./import-counts.ts";

export interface ImportProgress {
  counts: ImportCounts;
  total: number;
  /** Queued or fetching. */
  pending: number;
  running: boolean;
  /** New articles settled per minute since the import was added (null until one has). */
  perMinute: number | null;
  /** Seconds left at that rate (null when unknown or done). */
  etaSeconds: number | null;
}

export function importProgress(counts: ImportCounts, createdAt: Date, now: Date): ImportProgress {
  const byStatus = Object.values(counts.byStatus);
  const total = byStatus.reduce((a, b) => a + b, 0);
  const pending = counts.byStatus.queued + counts.byStatus.fetching;
  const minutes = Math.max(now.getTime() - createdAt.getTime(), 1_000) / 60_000;
  const perMinute = pending > 0 && counts.newSettled > 0 ? counts.newSettled / minutes : null;
  return {
    counts,
    total,
    pending,
    running: pending > 0,
    perMinute,
    etaSeconds: perMinute ? Math.ceil((pending / perMinute) * 60) : null,
  };
}

const storedSchema = z.object({
  byStatus: z.object({
    queued: z.number().int(),
    fetching: z.number().int(),
    extracted: z.number().int(),
    failed: z.number().int(),
    gone: z.number().int(),
    duplicate: z.number().int(),
  }),
  newSettled: z.number().int(),
  newTotal: z.number().int(),
});

/** Counts kept with a settled import (imports.final_counts), read back. */
export function storedCounts(value: unknown): ImportCounts {
  return storedSchema.parse(value);
}
