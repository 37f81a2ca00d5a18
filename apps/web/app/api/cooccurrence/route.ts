// GET /api/cooccurrence?theme=…(2+)&unit&tz&from&to&source: for each pair of themes, the articles
// both hit, Jaccard and lift.
import { prisma } from "@tidemark/db";
import { themeCooccurrence } from "@tidemark/themes/analytics";
import { apiRoute } from "@/lib/api/route";
import { resolveRange, seriesRange, themesQuerySchema } from "@/lib/themes/range-query";

export const GET = apiRoute({ role: "viewer", query: themesQuerySchema }, async ({ query }) => {
  const range = await resolveRange(prisma, query);
  return { cooccurrence: await themeCooccurrence(prisma, { ...seriesRange(range), themeIds: query.theme }) };
});
