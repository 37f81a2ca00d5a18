// Coverage series: one row per bucket and theme, with the count, the bucket's total, the share,
// and the undated fallback kept in separate columns.
import type { Db } from "@tidemark/db";
import { seriesForThemes } from "@/lib/themes/all-theme-series";
import { resolveRange, seriesRange, themesQuerySchema } from "@/lib/themes/range-query";
import { fromArray, stampThemes } from "../stamp-themes";
import { defineDataset, type ExportRow } from "../types";

export const seriesDataset = defineDataset({
  name: "series",
  description: "Share of coverage per bucket and theme.",
  query: themesQuerySchema,
  async open(db: Db, query) {
    const range = await resolveRange(db, query);
    const [series, themes] = await Promise.all([
      seriesForThemes(db, query.theme, range),
      stampThemes(db, query.theme),
    ]);
    const rows: ExportRow[] = [];
    for (const t of series?.themes ?? []) {
      series?.buckets.forEach((bucket, i) => {
        rows.push({
          bucket,
          theme: t.slug,
          theme_version: t.version.number,
          count: t.counts[i] ?? 0,
          total: series.totals[i] ?? 0,
          share: t.shares[i],
          undated_count: t.undatedCounts[i] ?? 0,
          undated_total: series.undatedTotals[i] ?? 0,
        });
      });
    }
    return {
      columns: [
        "bucket",
        "theme",
        "theme_version",
        "count",
        "total",
        "share",
        "undated_count",
        "undated_total",
      ],
      rows: fromArray(rows),
      themes,
      params: { ...seriesRange(range), method: series?.method },
    };
  },
});
