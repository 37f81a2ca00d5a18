// Extracting quotes for articles stored before quotes existed (or again for all, with `force`,
// e.g. after entity aliases changed). Postgres holds the progress in app_settings
// ("quotes_backfill"): status, a keyset cursor and counts, so a restarted or lost job resumes
// where it stopped and the reconciler can see the work is still owed.
import { type Db, Prisma } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import { z } from "zod";
import { loadEntityMatchers } from "./entities.ts";
import { storeInTransaction } from "./store-quotes.ts";

export const QUOTES_BACKFILL_KEY = "quotes_backfill";

export const quotesBackfillStateSchema = z.object({
  status: z.enum(["queued", "running", "done", "failed"]),
  force: z.boolean(),
  cursor: z.string().nullable(),
  done: z.number().int(),
  stored: z.number().int(),
  quotes: z.number().int(),
  total: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type QuotesBackfillState = z.infer<typeof quotesBackfillStateSchema>;

export async function readQuotesBackfill(db: Db): Promise<QuotesBackfillState | null> {
  const row = await db.appSetting.findUnique({ where: { key: QUOTES_BACKFILL_KEY } });
  if (!row) return null;
  const parsed = quotesBackfillStateSchema.safeParse(row.value);
  if (!parsed.success)
    throw new Error(`app_settings.${QUOTES_BACKFILL_KEY} is malformed: ${parsed.error.message}`);
  return parsed.data;
}

async function writeState(db: Db, state: QuotesBackfillState): Promise<void> {
  await db.appSetting.upsert({
    where: { key: QUOTES_BACKFILL_KEY },
    create: { key: QUOTES_BACKFILL_KEY, value: state },
    update: { value: state },
  });
}

/**
 * Records a backfill as owed (restarting one that runs: its cursor starts over). `total` is the
 * number of articles it will visit (all with text, or those whose quotes are missing or stale),
 * counted once here rather than on every progress read.
 */
export async function requestQuotesBackfill(
  db: Db,
  options: { force?: boolean } = {},
): Promise<QuotesBackfillState> {
  const force = options.force ?? false;
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM articles WHERE text IS NOT NULL
      ${force ? Prisma.empty : Prisma.sql`AND quotes_hash IS DISTINCT FROM content_hash`}`;
  const total = row?.total ?? 0;
  const state: QuotesBackfillState = {
    status: "queued",
    force,
    cursor: null,
    done: 0,
    stored: 0,
    quotes: 0,
    total,
    startedAt: null,
    finishedAt: null,
    error: null,
  };
  await writeState(db, state);
  return state;
}

export interface QuotesBackfillSummary {
  status: QuotesBackfillState["status"] | "none";
  done: number;
  stored: number;
  total: number;
}

/** Runs the owed backfill to its end, a batch per transaction; returns where it stands. */
export async function runQuotesBackfill(db: Db, batchSize = 200): Promise<QuotesBackfillSummary> {
  let state = await readQuotesBackfill(db);
  if (!state || state.status === "done" || state.status === "failed")
    return {
      status: state?.status ?? "none",
      done: state?.done ?? 0,
      stored: state?.stored ?? 0,
      total: state?.total ?? 0,
    };
  state = { ...state, status: "running", startedAt: state.startedAt ?? new Date().toISOString() };
  await writeState(db, state);
  const matchers = await loadEntityMatchers(db);
  for (;;) {
    const cursor: string | null = state.cursor;
    const batch: { id: string }[] = await db.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM articles
      WHERE text IS NOT NULL
        ${state.force ? Prisma.empty : Prisma.sql`AND quotes_hash IS DISTINCT FROM content_hash`}
        ${cursor ? Prisma.sql`AND id > ${cursor}::uuid` : Prisma.empty}
      ORDER BY id LIMIT ${batchSize}`;
    if (batch.length === 0) break;
    let stored = 0;
    let quotes = 0;
    await db.$transaction(
      async (tx) => {
        // Article rows locked in id order, as every writer does.
        for (const { id } of batch) {
          const result = await storeInTransaction(tx, id, matchers, state?.force ?? false);
          if (result.outcome === "stored") {
            stored += 1;
            quotes += result.quotes;
          }
        }
      },
      { timeout: 120_000 },
    );
    // A restart after this point may repeat nothing: the batch's hashes now match.
    state = {
      ...state,
      cursor: batch[batch.length - 1]?.id ?? cursor,
      done: state.done + batch.length,
      stored: state.stored + stored,
      quotes: state.quotes + quotes,
    };
    // The request may have been restarted meanwhile (a new cursor from the start): it wins.
    const current = await readQuotesBackfill(db);
    if (current && current.status === "queued")
      return { status: "queued", done: 0, stored: 0, total: current.total };
    await writeState(db, state);
  }
  state = { ...state, status: "done", finishedAt: new Date().toISOString() };
  await writeState(db, state);
  return { status: "done", done: state.done, stored: state.stored, total: state.total };
}

/** The job's id: at most one backfill job waits at a time. */
export const QUOTES_BACKFILL_JOB = "quotes-backfill";

/** Records the backfill in Postgres, then wakes a worker (the reconciler re-wakes a lost one). */
export async function startQuotesBackfill(
  db: Db,
  producer: Pick<Producer, "enqueue">,
  options: { force?: boolean } = {},
): Promise<QuotesBackfillState> {
  const state = await requestQuotesBackfill(db, options);
  await producer.enqueue("backfillQuotes", {}, { dedupeId: QUOTES_BACKFILL_JOB });
  return state;
}
