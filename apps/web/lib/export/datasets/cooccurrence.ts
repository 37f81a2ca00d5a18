// Theme pairs: articles hitting both, Jaccard and lift.
import type { Db } from "@tidemark/db";
import { themeCooccurrence } from "@tidemark/themes/analytics";
import { resolveRange, seriesRange, themesQuerySchema } from "@/lib/themes/range-query";
import { fromArray, stampThemes } from "../stamp-themes";
import { defineDataset } from "../types";

export const cooccurrenceDataset = defineDataset({
  name: "cooccurrence",
  description: "For each pair of themes: articles hitting both, Jaccard and lift.",
  query: themesQuerySchema,
  async open(db: Db, query) {
    const range = await resolveRange(db, query);
    const [result, themes] = await Promise.all([
      themeCooccurrence(db, { ...seriesRange(range), themeIds: query.theme }),
      stampThemes(db, query.theme),
    ]);
    const info = new Map(result.themes.map((t) => [t.themeId, t]));
    return {
      columns: ["theme_a", "theme_b", "both", "hits_a", "hits_b", "articles", "jaccard", "lift"],
      rows: fromArray(
        result.pairs.map((p) => ({
          theme_a: info.get(p.a)?.slug,
          theme_b: info.get(p.b)?.slug,
          both: p.both,
          hits_a: info.get(p.a)?.hits ?? 0,
          hits_b: info.get(p.b)?.hits ?? 0,
          articles: result.articles,
          jaccard: p.jaccard,
          lift: p.lift,
        })),
      ),
      themes,
      params: seriesRange(range),
    };
  },
});
