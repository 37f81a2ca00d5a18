// GET /api/articles/:id/copies: the article's text family (copies of the same text on other
// sites, earliest first) and its story.
import { prisma } from "@tidemark/db";
import { articleGrouping } from "@tidemark/stories";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";

const paramsSchema = z.object({ id: z.uuid({ message: "an article id" }) });

export const GET = apiRoute({ role: "viewer", params: paramsSchema }, async ({ params }) => {
  const grouping = await articleGrouping(prisma, params.id);
  if (!grouping) throw notFound("article");
  return grouping;
});
