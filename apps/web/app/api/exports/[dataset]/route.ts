// GET /api/exports/:dataset?format=csv|json&stamp=1&…: any chart or list as a streamed download,
// clean by default (CSV starts with its header row), stamped with the query, time, theme versions
// and extractor version in headers and the JSON `meta`; `stamp=1` adds a `#` line to CSV. The
// other query parameters are the same as the page or API the data comes from; themes by id or slug.
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { resolveCollectionParam } from "@/lib/collections/collection-refs";
import { DATASETS } from "@/lib/export/datasets";
import { exportMeta } from "@/lib/export/stamp";
import { streamExport } from "@/lib/export/stream-export";
import { rawQuery } from "@/lib/search-params/raw-query";
import { flagParam, singleParam } from "@/lib/search-params/schemas";
import { resolveThemeParam } from "@/lib/themes/theme-refs";

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
  const { format: rawFormat, stamp: rawStamp, ...raw } = rawQuery(request);
  const format = formatSchema.parse(rawFormat);
  const stamp = flagParam.parse(rawStamp);
  const query = dataset.query.parse(
    await resolveCollectionParam(prisma, await resolveThemeParam(prisma, raw)),
  );
  const source = await dataset.open(prisma, query);
  return streamExport(source, exportMeta(dataset.name, source.themes, source.params), format, { stamp });
});
