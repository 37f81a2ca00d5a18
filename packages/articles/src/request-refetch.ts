// Re-ingest ("fetch again now"), the one implementation behind the dashboard, the API, the CLI and
// re-ingest schedules. One UPDATE records the request in Postgres (no read-then-write: a request
// racing a finishing attempt is never overwritten, it simply stays owed), then workers are woken.
// A failed article with no text goes back to `queued`, so lists show it is being retried; one
// with text keeps it (and its coverage) until a new version lands. Settled imports holding any of
// the articles are reopened, so the import history recounts them when they finish.
import type { Db } from "@tidemark/db";
import { enqueueIngest, reopenImportsOf } from "@tidemark/intake";
import type { Producer } from "@tidemark/queue";

export interface RefetchReport {
  /**
   * Articles whose re-fetch is now recorded. A file-intake article has no page to fetch: it is
   * only taken while it has no text yet (a failed extraction is retried from its stored content).
   */
  requested: string[];
  /** Of those, how many got a new job (the rest already had one waiting or running). */
  woken: number;
  /** Set when Redis refused; the requests stay recorded and the reconciler wakes them later. */
  queueError?: string;
}

export async function requestRefetch(
  db: Db,
  producer: Producer,
  articleIds: readonly string[],
): Promise<RefetchReport> {
  if (articleIds.length === 0) return { requested: [], woken: 0 };
  const rows = await db.$queryRaw<{ id: string; retry: boolean }[]>`
    UPDATE articles SET refetch_requested_at = now(), updated_at = now(),
           status = CASE WHEN status = 'failed' AND content_hash IS NULL THEN 'queued'::"ArticleStatus" ELSE status END
    WHERE id = ANY(${[...articleIds]}::uuid[]) AND (intake <> 'file' OR content_hash IS NULL)
    RETURNING id::text, (content_hash IS NULL) AS retry`;
  const requested = rows.map((r) => r.id);
  // Their imports follow them again (and settle anew with the statuses they end with).
  await reopenImportsOf(db, requested);
  const wake = await enqueueIngest(producer, requested, "reingest");
  return { requested, woken: wake.enqueued.size, ...(wake.error ? { queueError: wake.error } : {}) };
}
