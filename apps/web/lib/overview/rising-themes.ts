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

/** Themes whose share rose (ratio > 1.1) in the latest buckets with data. */
export function risingThemes(series: CoverageSeries, recentBuckets = 4, previousBuckets = 8, minHits = 3) {
  return themeMoves(series, recentBuckets, previousBuckets, minHits).filter(
    (t) => t.ratio === null || t.ratio > 1.1,
  );
}

/** Themes whose share fell below 1/1.1 of what it was, steepest fall first. */
export function fallingThemes(series: CoverageSeries, recentBuckets = 4, previousBuckets = 8, minHits = 3) {
  return themeMoves(series, recentBuckets, previousBuckets, 0)
    .filter((t) => t.ratio !== null && t.ratio < 1 / 1.1 && t.previousHits >= minHits)
    .sort((a, b) => (a.ratio ?? 0) - (b.ratio ?? 0));
}

/** The index after the last bucket with dated articles: trailing empty buckets (a range that
 * reaches today past the last dated article) are not "recent". */
function endOfData(totals: readonly number[]): number {
  let n = totals.length;
  while (n > 0 && (totals[n - 1] ?? 0) === 0) n--;
  return n;
}

function themeMoves(
  series: CoverageSeries,
  recentBuckets: number,
  previousBuckets: number,
  minHits: number,
): (RisingTheme & { previousHits: number })[] {
  const n = endOfData(series.totals);
  if (n <= recentBuckets) return [];
  const recent = [n - recentBuckets, n] as const;
  const previous = [Math.max(0, n - recentBuckets - previousBuckets), n - recentBuckets] as const;
  const recentTotal = sum(series.totals.slice(...recent));
  const previousTotal = sum(series.totals.slice(...previous));
  if (recentTotal === 0 || previousTotal === 0) return [];
  return series.themes
    .map((t) => {
      const recentHits = sum(t.counts.slice(...recent));
      const recentShare = recentHits / recentTotal;
      const previousHits = sum(t.counts.slice(...previous));
      const previousShare = previousHits / previousTotal;
      return {
        themeId: t.themeId,
        name: t.name,
        color: t.color,
        recentHits,
        recentShare,
        previousShare,
        ratio: previousShare > 0 ? recentShare / previousShare : null,
        previousHits,
      };
    })
    .filter((t) => t.recentHits >= minHits)
    .sort(
      (a, b) =>
        (b.ratio ?? Number.POSITIVE_INFINITY) - (a.ratio ?? Number.POSITIVE_INFINITY) ||
        b.recentHits - a.recentHits,
    );
}
