// POST /api/articles/bulk/export?format=csv|json&stamp=1 {ids} | {filter}: the selected articles
// (or all a filter matches) as the articles export, streamed: the same columns and stamp as
// GET /api/exports/articles.
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { bulkListParams, bulkTargetSchema } from "@/lib/articles/bulk-target";
import { articlesDataset } from "@/lib/export/datasets/articles";
import { exportMeta } from "@/lib/export/stamp";
import { streamExport } from "@/lib/export/stream-export";
import { flagParam, singleParam } from "@/lib/search-params/schemas";

const query = z.object({
  format: singleParam(z.enum(["csv", "json"]).default("csv")),
  stamp: flagParam,
});

export const POST = apiRoute({ role: "editor", body: bulkTargetSchema, query }, async ({ body, query }) => {
  const params = await bulkListParams(prisma, body);
  const source = await articlesDataset.open(prisma, params);
  // A selection is stamped by its size, not by up to 1,000 ids in a response header.
  const { id: _ids, ...stamped } = source.params;
  const meta = exportMeta(articlesDataset.name, source.themes, {
    ...stamped,
    ...(params.id.length ? { selected: params.id.length } : {}),
  });
  return streamExport(source, meta, query.format, { stamp: query.stamp });
});
