// POST /api/articles/bulk/reingest {ids} | {filter}: fetch and extract again every selected
// article (in this request), or every article the filter matches (202: a background bulk action;
// see lib/articles/bulk-action-start.ts).
import { bulkReingest } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { apiRoute } from "@/lib/api/route";
import { startBulkAction } from "@/lib/articles/bulk-action-start";
import { bulkTargetSchema, resolveBulkTarget } from "@/lib/articles/bulk-target";
import { webProducer } from "@/lib/server/queue";

export const POST = apiRoute({ role: "editor", body: bulkTargetSchema }, async ({ body, auth, log }) => {
  if ("filter" in body) return startBulkAction("reingest", body, auth.user.id);
  const report = await bulkReingest(prisma, webProducer(), await resolveBulkTarget(prisma, body));
  log.info({ ...report }, "bulk re-ingest");
  return report;
});
