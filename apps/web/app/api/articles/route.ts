// GET /api/articles: a page of articles (search, filters, keyset pagination) and a count capped at 10,000.
// POST /api/articles {urls}: add articles by URL; one outcome per URL, in order. The batch is kept
// in the import history (GET /api/imports) under `importId`.

import { cappedArticleCount, listArticles } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { MAX_URLS_PER_SUBMISSION, recordImport, submitUrls, summarize } from "@tidemark/intake";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { articleJson } from "@/lib/articles/article-json";
import { articleListSchema } from "@/lib/articles/list-params";
import { resolveFilters } from "@/lib/articles/resolve-filters";
import { webProducer } from "@/lib/server/queue";

export const GET = apiRoute({ role: "viewer", query: articleListSchema }, async ({ query }) => {
  const filters = await resolveFilters(prisma, query);
  const count = await cappedArticleCount(prisma, filters);
  const page = await listArticles(prisma, filters, { fewMatches: !count.capped });
  return {
    articles: page.rows.map(articleJson),
    page: { limit: query.limit, next: page.next, prev: page.prev },
    count,
  };
});

const addBody = z.object({
  urls: z
    .array(z.string().max(8_000))
    .min(1, "Give at least one URL")
    .max(MAX_URLS_PER_SUBMISSION, `At most ${MAX_URLS_PER_SUBMISSION} URLs at once`),
});

export const POST = apiRoute({ role: "editor", body: addBody }, async ({ body, auth }) => {
  const urls = body.urls.map((u) => u.trim()).filter((u) => u !== "");
  const result = await submitUrls(prisma, webProducer(), urls);
  const importId = await recordImport(prisma, {
    kind: "urls",
    userId: auth.user.id,
    outcomes: result.outcomes,
  });
  return {
    importId,
    summary: summarize(result.outcomes),
    outcomes: result.outcomes,
    ...(result.queueWarning ? { queueWarning: result.queueWarning } : {}),
  };
});
