// GET /api/series?theme=<id>&theme=<id>&unit=week&tz=UTC&from=YYYY-MM-DD&to=YYYY-MM-DD&source=<id>:
// counts and share of coverage per bucket for up to 24 themes; undated articles (counted under
// their fetch date) are reported separately. from/to default to the last stretch with data.
import { prisma } from "@tidemark/db";
import { coverageSeries } from "@tidemark/themes/series";
import { apiRoute } from "@/lib/api/route";
import { resolveRange, seriesRange, themesQuerySchema } from "@/lib/themes/range-query";

export const GET = apiRoute({ role: "viewer", query: themesQuerySchema }, async ({ query }) => {
  const range = await resolveRange(prisma, query);
  return { series: await coverageSeries(prisma, { ...seriesRange(range), themeIds: query.theme }) };
});
