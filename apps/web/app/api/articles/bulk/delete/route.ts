// POST /api/articles/bulk/delete {ids} | {filter}: delete every selected article, or every article
// the filter matches (all pages, in batches; each batch takes its coverage back as it deletes).
import { bulkDelete } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { apiRoute } from "@/lib/api/route";
import { bulkTargetSchema, resolveBulkTarget } from "@/lib/articles/bulk-target";

export const POST = apiRoute({ role: "editor", body: bulkTargetSchema }, async ({ body, log }) => {
  const report = await bulkDelete(prisma, await resolveBulkTarget(prisma, body));
  log.info({ ...report }, "bulk delete");
  return report;
});
