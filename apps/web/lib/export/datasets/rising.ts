// Rising themes, as on the overview: share in the last 4 buckets of the range vs the 8 before.
import type { Db } from "@tidemark/db";
import { risingThemes } from "@/lib/overview/rising-themes";
import { rangeQuerySchema, resolveRange, seriesRange } from "@/lib/themes/range-query";
import { themeSummaries } from "@/lib/themes/theme-summaries";
import { fromArray, stampThemes } from "../stamp-themes";
import { defineDataset } from "../types";

export const risingDataset = defineDataset({
  name: "rising",
  description: "Themes whose share rose in the last 4 buckets of the range against the 8 before.",
  query: rangeQuerySchema,
  async open(db: Db, query) {
    const range = await resolveRange(db, query);
    const { series } = await themeSummaries(db, range);
    const rising = series ? risingThemes(series) : [];
    const n = series?.buckets.length ?? 0;
    return {
      columns: [
        "theme",
        "recent_hits",
        "recent_share",
        "previous_share",
        "ratio",
        "recent_from",
        "previous_from",
      ],
      rows: fromArray(
        rising.map((t) => ({
          theme: series?.themes.find((s) => s.themeId === t.themeId)?.slug ?? t.name,
          recent_hits: t.recentHits,
          recent_share: t.recentShare,
          previous_share: t.previousShare,
          ratio: t.ratio,
          recent_from: series?.buckets[Math.max(0, n - 4)] ?? null,
          previous_from: series?.buckets[Math.max(0, n - 12)] ?? null,
        })),
      ),
      themes: await stampThemes(
        db,
        rising.map((t) => t.themeId),
      ),
      params: seriesRange(range),
    };
  },
});
