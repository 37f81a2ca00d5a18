// GET /api/articles/:id: one article with its text, theme hits with evidence, and versions (their
// metadata; GET …/versions/:version/diff compares texts).
// DELETE /api/articles/:id: delete it (its coverage is taken back in the same transaction).

import { deleteArticle } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { articleDetail } from "@/lib/articles/article-detail";

const idSchema = z.uuid({ message: "an article id" });

export const GET = apiRoute({ role: "viewer" }, async ({ params }) => {
  const id = idSchema.parse(params.id);
  const article = await articleDetail(prisma, id);
  if (!article) throw notFound("article");
  const { themeHits: _raw, submittedContent: _content, ...rest } = article;
  return { article: rest };
});

export const DELETE = apiRoute({ role: "editor" }, async ({ params }) => {
  const id = idSchema.parse(params.id);
  if (!(await deleteArticle(prisma, id))) throw notFound("article");
  return { deleted: true, id };
});
