// Rising themes: share of coverage in the most recent buckets against the buckets before them.
// Only themes with enough recent hits are ranked, so one article does not make a trend.
import type { CoverageSeries } from "@tidemark/themes/series";

export interface RisingTheme {
  themeId: string;
  name: string;
  color: string;
  recentHits: number;
  recentShare: number;
  previousShare: number;
  /** recentShare / previousShare; null when the theme was absent before. */
  ratio: number | null;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function risingThemes(
  series: CoverageSeries,
  recentBuckets = 4,
  previousBuckets = 8,
  minHits = 3,
): RisingTheme[] {
  const n = series.buckets.length;
  const recent = [n - recentBuckets, n] as const;
  const previous = [Math.max(0, n - recentBuckets - previousBuckets), n - recentBuckets] as const;
  const recentTotal = sum(series.totals.slice(...recent));
  const previousTotal = sum(series.totals.slice(...previous));
  if (recentTotal === 0 || previousTotal === 0) return [];
  return series.themes
    .map((t) => {
      const recentHits = sum(t.counts.slice(...recent));
      const recentShare = recentHits / recentTotal;
      const previousShare = sum(t.counts.slice(...previous)) / previousTotal;
      return {
        themeId: t.themeId,
        name: t.name,
        color: t.color,
        recentHits,
        recentShare,
        previousShare,
        ratio: previousShare > 0 ? recentShare / previousShare : null,
      };
    })
    .filter((t) => t.recentHits >= minHits && (t.ratio === null || t.ratio > 1.1))
    .sort(
      (a, b) =>
        (b.ratio ?? Number.POSITIVE_INFINITY) - (a.ratio ?? Number.POSITIVE_INFINITY) ||
        b.recentHits - a.recentHits,
    );
}
