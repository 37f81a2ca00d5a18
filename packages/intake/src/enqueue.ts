// Enqueueing ingest jobs for articles already written to Postgres. The row comes first: if Redis
// is down, the article stays `queued` and the worker's reconciler enqueues it later, so a failure
// here is reported but never loses the article.
import type { INGEST_REASONS, Producer } from "@tidemark/queue";

export type IngestReason = (typeof INGEST_REASONS)[number];

export interface EnqueueReport {
  enqueued: Set<string>;
  /** Set when Redis refused; the articles are safe in Postgres and will be picked up later. */
  error?: string;
}

export async function enqueueIngest(
  producer: Producer,
  articleIds: readonly string[],
  reason: IngestReason,
): Promise<EnqueueReport> {
  const enqueued = new Set<string>();
  try {
    for (const articleId of articleIds) {
      // Job id = article id: at most one live ingest job per article, whoever enqueues it.
      await producer.enqueue("ingestArticle", { articleId, reason }, { jobId: articleId });
      enqueued.add(articleId);
    }
    return { enqueued };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { enqueued, error: `Could not reach the job queue (${message}); the worker will pick these up.` };
  }
}
