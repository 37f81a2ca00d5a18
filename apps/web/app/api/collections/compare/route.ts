// GET /api/collections/compare?theme=<id>&side=<collection id>&side=…&unit=&tz=&from=&to= — one
// theme's count, total and share per bucket in each collection (its outlets' coverage only).
import { listCollections } from "@tidemark/collections";
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { collectionSeries } from "@/lib/collections/collection-series";
import { listParam, singleParam } from "@/lib/search-params/schemas";
import { rangeQuerySchema, resolveRange } from "@/lib/themes/range-query";

export const compareCollectionsSchema = rangeQuerySchema.extend({
  theme: singleParam(z.uuid({ message: "a theme id" })),
  side: listParam(z.uuid({ message: "a source collection id" }), 12).refine(
    (ids) => ids.length > 0,
    "Pick at least one collection (?side=<id>)",
  ),
});

export const GET = apiRoute({ role: "viewer", query: compareCollectionsSchema }, async ({ query }) => {
  const all = await listCollections(prisma);
  const chosen = query.side.map((id) => {
    const c = all.find((x) => x.id === id);
    if (!c) throw new ApiError(404, "unknown_collection", `No source collection ${id}.`);
    return { id: c.id, name: c.name };
  });
  const range = await resolveRange(prisma, query);
  return {
    range: { unit: range.unit, timezone: range.timezone, from: range.from, to: range.to },
    ...(await collectionSeries(prisma, query.theme, chosen, range)),
  };
});
