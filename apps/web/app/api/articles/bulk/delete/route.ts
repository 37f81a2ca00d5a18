// POST /api/articles/bulk/delete {ids} | {filter, after?}: delete every selected article, or every article
// the filter matches (all pages, in batches; each batch takes its coverage back as it deletes; a
// call stops after about 10 s and answers `next`: send it back as `after` to go on).
import { bulkDelete } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { apiRoute } from "@/lib/api/route";
import { bulkRunFor, bulkTargetSchema, resolveBulkTarget } from "@/lib/articles/bulk-target";

export const POST = apiRoute({ role: "editor", body: bulkTargetSchema }, async ({ body, log }) => {
  const report = await bulkDelete(prisma, await resolveBulkTarget(prisma, body), bulkRunFor(body));
  log.info({ ...report }, "bulk delete");
  return report;
});
