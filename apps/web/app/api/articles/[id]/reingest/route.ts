// POST /api/articles/:id/reingest: fetch and extract the article again now.
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { reingestArticle } from "@/lib/articles/reingest-article";
import { webProducer } from "@/lib/server/queue";

export const POST = apiRoute({ role: "editor" }, async ({ params }) => {
  const id = z.uuid({ message: "an article id" }).parse(params.id);
  return reingestArticle(prisma, webProducer(), id);
});
