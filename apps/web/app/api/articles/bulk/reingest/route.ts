// POST /api/articles/bulk/reingest {ids} | {filter, after?}: fetch and extract again every
// selected article, or every article the filter matches (all pages, in batches; a call stops
// after about 10 s and answers `next`: send it back as `after` to go on).
import { bulkReingest } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { apiRoute } from "@/lib/api/route";
import { bulkRunFor, bulkTargetSchema, resolveBulkTarget } from "@/lib/articles/bulk-target";
import { webProducer } from "@/lib/server/queue";

export const POST = apiRoute({ role: "editor", body: bulkTargetSchema }, async ({ body, log }) => {
  const report = await bulkReingest(
    prisma,
    webProducer(),
    await resolveBulkTarget(prisma, body),
    bulkRunFor(body),
  );
  log.info({ ...report }, "bulk re-ingest");
  return report;
});
