// GET /api/spikes?theme=…&unit&tz&from&to&source[&minCount&minRatio&threshold&baselineBuckets&articles]:
// buckets where a theme's share rose well above its baseline, with the articles behind each.
import { prisma } from "@tidemark/db";
import { detectSpikes } from "@tidemark/themes/analytics";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { singleParam } from "@/lib/search-params/schemas";
import { resolveRange, seriesRange, themesQuerySchema } from "@/lib/themes/range-query";

const query = themesQuerySchema.extend({
  minCount: singleParam(z.coerce.number().int().min(1).optional()),
  minRatio: singleParam(z.coerce.number().min(1).optional()),
  threshold: singleParam(z.coerce.number().min(0).optional()),
  baselineBuckets: singleParam(z.coerce.number().int().min(1).max(60).optional()),
  /** Day buckets: compare with the same weekdays (default true). */
  weekdayBaseline: singleParam(
    z
      .enum(["true", "false"])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === "true")),
  ),
  articles: singleParam(z.coerce.number().int().min(0).max(100).default(10)),
});

export const GET = apiRoute({ role: "viewer", query }, async ({ query: q }) => {
  const range = await resolveRange(prisma, q);
  return {
    spikes: await detectSpikes(prisma, {
      ...seriesRange(range),
      themeIds: q.theme,
      articlesPerSpike: q.articles,
      ...(q.minCount !== undefined ? { minCount: q.minCount } : {}),
      ...(q.minRatio !== undefined ? { minRatio: q.minRatio } : {}),
      ...(q.threshold !== undefined ? { threshold: q.threshold } : {}),
      ...(q.baselineBuckets !== undefined ? { baselineBuckets: q.baselineBuckets } : {}),
      ...(q.weekdayBaseline !== undefined ? { weekdayBaseline: q.weekdayBaseline } : {}),
    }),
  };
});
