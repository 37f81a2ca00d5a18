// Waking workers for articles already written to Postgres. The row comes first: if Redis is down,
// the article stays `queued` and the worker's reconciler enqueues it later, so a failure here is
// reported but never loses the article. One bulk add per thousand articles; BullMQ deduplicates
// by article id, so at most one job per article waits whoever enqueues it.
import type { INGEST_REASONS, Producer } from "@tidemark/queue";

export type IngestReason = (typeof INGEST_REASONS)[number];

export interface EnqueueReport {
  enqueued: Set<string>;
  /** Set when Redis refused; the articles are safe in Postgres and will be picked up later. */
  error?: string;
}

const BATCH = 1_000;

export async function enqueueIngest(
  producer: Producer,
  articleIds: readonly string[],
  reason: IngestReason,
): Promise<EnqueueReport> {
  const enqueued = new Set<string>();
  try {
    for (let i = 0; i < articleIds.length; i += BATCH) {
      const added = await producer.enqueueMany(
        "ingestArticle",
        articleIds
          .slice(i, i + BATCH)
          .map((articleId) => ({ dedupeId: articleId, payload: { articleId, reason } })),
      );
      for (const id of added) enqueued.add(id);
    }
    return { enqueued };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { enqueued, error: `Could not reach the job queue (${message}); the worker will pick these up.` };
  }
}
