// Source × theme: each outlet's articles, and each theme's hits and share among them, next to
// the overall share.
import type { Db } from "@tidemark/db";
import { sourceThemeShares } from "@tidemark/themes/analytics";
import { z } from "zod";
import { singleParam } from "@/lib/search-params/schemas";
import { resolveRange, seriesRange, themesQuerySchema } from "@/lib/themes/range-query";
import { fromArray, stampThemes } from "../stamp-themes";
import { defineDataset, type ExportRow } from "../types";

export const sourceThemesQuerySchema = themesQuerySchema.extend({
  limit: singleParam(z.coerce.number().int().min(1).max(500).default(50)),
});

export const sourceThemesDataset = defineDataset({
  name: "source-themes",
  description: "Each outlet's share of articles hitting each theme.",
  query: sourceThemesQuerySchema,
  async open(db: Db, query) {
    const range = await resolveRange(db, query);
    const [result, themes] = await Promise.all([
      sourceThemeShares(db, { ...seriesRange(range), themeIds: query.theme, limit: query.limit }),
      stampThemes(db, query.theme),
    ]);
    const slug = new Map(result.themes.map((t) => [t.themeId, t.slug]));
    const overall = new Map(result.overall.themes.map((t) => [t.themeId, t.share]));
    const rows: ExportRow[] = [];
    for (const s of result.sources) {
      for (const t of s.themes) {
        rows.push({
          source_key: s.key,
          source_name: s.name,
          source_articles: s.articles,
          theme: slug.get(t.themeId),
          hits: t.hits,
          share: t.share,
          overall_share: overall.get(t.themeId) ?? null,
        });
      }
    }
    return {
      columns: ["source_key", "source_name", "source_articles", "theme", "hits", "share", "overall_share"],
      rows: fromArray(rows),
      themes,
      params: { ...seriesRange(range), limit: query.limit },
    };
  },
});
