// Retrying failed jobs. A failed ingest becomes a re-fetch request of its article (recorded in
// Postgres, so it survives Redis); other jobs are retried in place by BullMQ.
import { requestRefetch } from "@tidemark/articles";
import type { Db } from "@tidemark/db";
import type { QueueName } from "@tidemark/queue";
import { ApiError } from "@/lib/api/errors";
import { webProducer } from "@/lib/server/queue";

export async function retryJob(db: Db, queue: QueueName, jobId: string): Promise<void> {
  const producer = webProducer();
  const job = await producer.queue(queue).getJob(jobId);
  if (!job)
    throw new ApiError(404, "not_found", "No such job (it may have been retried or removed already).");
  const state = await job.getState();
  if (state !== "failed") throw new ApiError(409, "not_failed", `That job is ${state}, not failed.`);
  const articleId = (job.data as { articleId?: unknown }).articleId;
  if (job.name === "ingest-article" && typeof articleId === "string") {
    // The request is recorded in Postgres (the article goes back to `queued`), then the old
    // failed job is dropped from the list.
    await requestRefetch(db, producer, [articleId]);
    await job.remove();
    return;
  }
  await job.retry("failed");
}

export async function retryAllFailed(db: Db, queue: QueueName, max = 1_000): Promise<number> {
  const jobs = await webProducer()
    .queue(queue)
    .getFailed(0, max - 1);
  let retried = 0;
  for (const job of jobs) {
    if (!job.id) continue;
    await retryJob(db, queue, job.id);
    retried += 1;
  }
  return retried;
}
