// GET /api/terms?from&to&tz&source[&theme=<id>][&limit]: words and phrases rising in the range
// against the previous period of the same length (optionally within one theme's hits).
import { prisma } from "@tidemark/db";
import { emergingTerms } from "@tidemark/themes/analytics";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { termsQuerySchema } from "@/lib/export/datasets/terms";
import { singleParam } from "@/lib/search-params/schemas";
import { resolveRange } from "@/lib/themes/range-query";

const query = termsQuerySchema.extend({
  limit: singleParam(z.coerce.number().int().min(1).max(200).default(25)),
});

export const GET = apiRoute({ role: "viewer", query }, async ({ query: q }) => {
  const range = await resolveRange(prisma, q);
  return {
    terms: await emergingTerms(prisma, {
      from: range.from,
      to: range.to,
      timezone: range.timezone,
      sourceIds: range.sourceIds,
      themeId: q.theme[0],
      limit: q.limit,
    }),
  };
});
