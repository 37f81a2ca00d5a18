// POST /api/articles/bulk/delete {ids} | {filter}: delete every selected article (in this
// request), or every article the filter matches (202: a background bulk action; see
// lib/articles/bulk-action-start.ts). Each batch takes its coverage back as it deletes.
import { bulkDelete } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { apiRoute } from "@/lib/api/route";
import { startBulkAction } from "@/lib/articles/bulk-action-start";
import { bulkTargetSchema, resolveBulkTarget } from "@/lib/articles/bulk-target";

export const POST = apiRoute({ role: "editor", body: bulkTargetSchema }, async ({ body, auth, log }) => {
  if ("filter" in body) return startBulkAction("delete", body, auth.user.id);
  const report = await bulkDelete(prisma, await resolveBulkTarget(prisma, body));
  log.info({ ...report }, "bulk delete");
  return report;
});
