// "Re-ingest now": fetch and extract again, through the one re-ingest of @tidemark/articles (the
// request is recorded in Postgres first, so a Redis outage delays it but never loses it).
import { requestRefetch } from "@tidemark/articles";
import type { Db } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import { ApiError, notFound } from "@/lib/api/errors";

export async function reingestArticle(db: Db, producer: Producer, id: string) {
  const report = await requestRefetch(db, producer, [id]);
  if (report.requested.length === 0) {
    const exists = await db.article.findUnique({ where: { id }, select: { intake: true } });
    if (!exists) throw notFound("article");
    throw new ApiError(
      409,
      "not_refetchable",
      "This article was submitted as a file and its text is stored; it has no page to fetch again.",
    );
  }
  const queued = report.woken > 0;
  return {
    queued: true,
    message: report.queueError
      ? "Re-ingest recorded; the job queue is unreachable, so a worker will pick it up when it is back."
      : queued
        ? "Re-ingest queued."
        : "Re-ingest recorded; this article's ingest job was already waiting or running and will include it.",
  };
}
