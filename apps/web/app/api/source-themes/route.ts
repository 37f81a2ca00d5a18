// GET /api/source-themes?theme=…&unit&tz&from&to&source[&limit=20]: for the outlets with most
// articles, each theme's hits and share of the outlet's articles, with the overall share.
import { prisma } from "@tidemark/db";
import { sourceThemeShares } from "@tidemark/themes/analytics";
import { apiRoute } from "@/lib/api/route";
import { sourceThemesQuerySchema } from "@/lib/export/datasets/source-themes";
import { resolveRange, seriesRange } from "@/lib/themes/range-query";

export const GET = apiRoute({ role: "viewer", query: sourceThemesQuerySchema }, async ({ query }) => {
  const range = await resolveRange(prisma, query);
  return {
    sourceThemes: await sourceThemeShares(prisma, {
      ...seriesRange(range),
      themeIds: query.theme,
      limit: query.limit,
    }),
  };
});
