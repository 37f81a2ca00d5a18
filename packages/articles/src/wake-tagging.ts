// Waking tagging for text Postgres already records as tag-pending (tagged_hash ≠ content_hash).
// If Redis is down the work stays owed in Postgres and the reconciler wakes it later, so a failure
// here is reported, never lost. One job per article at most waits (BullMQ deduplication).
// Waking ingest is @tidemark/intake's enqueueIngest.
import type { Producer } from "@tidemark/queue";

export interface WakeReport {
  /** Articles that got a new job now (the others already had one waiting or running). */
  woken: Set<string>;
  /** Set when Redis refused; the work is safe in Postgres and will be picked up later. */
  error?: string;
}

/** At most this many jobs per Redis round trip. */
const WAKE_BATCH = 1_000;

export async function wakeTagging(producer: Producer, articleIds: readonly string[]): Promise<WakeReport> {
  const woken = new Set<string>();
  try {
    for (let i = 0; i < articleIds.length; i += WAKE_BATCH) {
      const batch = articleIds.slice(i, i + WAKE_BATCH);
      const added = await producer.enqueueMany(
        "tagArticle",
        batch.map((articleId) => ({ dedupeId: articleId, payload: { articleId } })),
      );
      for (const id of added) woken.add(id);
    }
    return { woken };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { woken, error: `Could not reach the job queue (${message}); the reconciler will retry.` };
  }
}
