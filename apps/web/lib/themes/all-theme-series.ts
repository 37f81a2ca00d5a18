// Coverage series for any number of themes: the series function takes up to 24 at a time, so
// larger sets are read in chunks and joined (buckets and totals are the same for every chunk).
import type { Db } from "@tidemark/db";
import { type CoverageSeries, coverageSeries } from "@tidemark/themes/series";
import { type ResolvedRange, seriesRange } from "./range-query";

const CHUNK = 24;

export async function seriesForThemes(
  db: Db,
  themeIds: readonly string[],
  range: ResolvedRange,
): Promise<CoverageSeries | null> {
  if (themeIds.length === 0) return null;
  const parts: CoverageSeries[] = [];
  for (let i = 0; i < themeIds.length; i += CHUNK) {
    parts.push(await coverageSeries(db, { ...seriesRange(range), themeIds: themeIds.slice(i, i + CHUNK) }));
  }
  const [first] = parts;
  return first ? { ...first, themes: parts.flatMap((p) => p.themes) } : null;
}

/** Sum of a theme's counts and its share of all articles over the whole range. */
export function rangeTotals(series: CoverageSeries, counts: readonly number[]) {
  const hits = counts.reduce((a, b) => a + b, 0);
  const total = series.totals.reduce((a, b) => a + b, 0);
  return { hits, total, share: total > 0 ? hits / total : null };
}
