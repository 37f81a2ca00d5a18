// GET /api/exports/:dataset?format=csv|json&…: any chart or list as a streamed download, stamped
// with the theme versions and extractor version behind it. The other query parameters are the
// same as the page or API the data comes from.
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { DATASETS } from "@/lib/export/datasets";
import { exportMeta } from "@/lib/export/stamp";
import { streamExport } from "@/lib/export/stream-export";
import { rawQuery } from "@/lib/search-params/raw-query";
import { singleParam } from "@/lib/search-params/schemas";

const formatSchema = singleParam(z.enum(["csv", "json"]).default("csv"));

export const GET = apiRoute({ role: "viewer" }, async ({ request, params }) => {
  const name = params.dataset ?? "";
  const dataset = DATASETS[name];
  if (!dataset) {
    throw new ApiError(
      404,
      "not_found",
      `No dataset "${name}". Available: ${Object.keys(DATASETS).join(", ")}.`,
    );
  }
  const { format: rawFormat, ...raw } = rawQuery(request);
  const format = formatSchema.parse(rawFormat);
  const query = dataset.query.parse(raw);
  const source = await dataset.open(prisma, query);
  return streamExport(source, exportMeta(dataset.name, source.themes, source.params), format);
});
