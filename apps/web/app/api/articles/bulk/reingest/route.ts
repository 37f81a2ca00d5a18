// POST /api/articles/bulk/reingest {ids} | {filter}: fetch and extract again every selected
// article, or every article the filter matches (all pages, processed server-side in batches).
import { bulkReingest } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { apiRoute } from "@/lib/api/route";
import { bulkTargetSchema, resolveBulkTarget } from "@/lib/articles/bulk-target";
import { webProducer } from "@/lib/server/queue";

export const POST = apiRoute({ role: "editor", body: bulkTargetSchema }, async ({ body, log }) => {
  const report = await bulkReingest(prisma, webProducer(), await resolveBulkTarget(prisma, body));
  log.info({ ...report }, "bulk re-ingest");
  return report;
});
