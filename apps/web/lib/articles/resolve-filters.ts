// Turns list params into SQL-ready filters: each requested theme becomes the version its series
// show, so lists and charts count the same hits.

import type { ResolvedFilters } from "@tidemark/articles";
import type { Db } from "@tidemark/db";
import type { ArticleListParams } from "./list-params";

export async function resolveFilters(db: Db, params: ArticleListParams): Promise<ResolvedFilters> {
  if (params.theme.length === 0) return { params, themeVersions: [] };
  const themes = await db.theme.findMany({
    where: { id: { in: params.theme } },
    select: { id: true, seriesVersionId: true },
  });
  const byId = new Map(themes.map((t) => [t.id, t.seriesVersionId]));
  return { params, themeVersions: params.theme.map((id) => byId.get(id) ?? null) };
}
