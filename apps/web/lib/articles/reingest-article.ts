// "Re-ingest now": fetch and extract again. A failed article goes back to `queued` so lists show
// it is being retried; an extracted one keeps its text (and coverage) until a new version lands.
import type { Db } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import { notFound } from "@/lib/api/errors";

export async function reingestArticle(db: Db, producer: Producer, id: string) {
  const article = await db.article.findUnique({ where: { id }, select: { id: true, status: true } });
  if (!article) throw notFound("article");
  const queued = await producer.enqueue(
    "ingestArticle",
    { articleId: id, reason: "reingest" },
    { jobId: id },
  );
  if (queued && article.status === "failed") {
    await db.article.update({ where: { id }, data: { status: "queued" } });
  }
  return {
    queued,
    message: queued ? "Re-ingest queued." : "This article already has an ingest job waiting or running.",
  };
}
