// One theme's coverage in several source collections side by side: for each collection, the
// theme's matches and all articles from that collection's outlets per bucket, so each share is
// "of that collection's coverage". Read from the same hourly aggregates as every series.
import { collectionSourceIds } from "@tidemark/collections";
import type { Db } from "@tidemark/db";
import { coverageSeries } from "@tidemark/themes/series";
import { NO_SOURCE, type ResolvedRange, seriesRange } from "@/lib/themes/range-query";

export interface CollectionSeries {
  collection: { id: string; name: string; sources: number };
  counts: number[];
  totals: number[];
  shares: (number | null)[];
  hits: number;
  total: number;
  share: number | null;
}

export async function collectionSeries(
  db: Db,
  themeId: string,
  collections: { id: string; name: string }[],
  range: ResolvedRange,
): Promise<{ buckets: string[]; version: number | null; collections: CollectionSeries[] }> {
  const { sourceIds: _s, ...base } = seriesRange(range);
  let buckets: string[] = [];
  let version: number | null = null;
  const out = await Promise.all(
    collections.map(async (c) => {
      const members = await collectionSourceIds(db, [c.id]);
      const series = await coverageSeries(db, {
        ...base,
        sourceIds: members.length > 0 ? members : [NO_SOURCE],
        themeIds: [themeId],
      });
      buckets = series.buckets;
      const theme = series.themes[0];
      version = theme?.version.number ?? version;
      const counts = theme?.counts ?? series.totals.map(() => 0);
      const hits = counts.reduce((a, b) => a + b, 0);
      const total = series.totals.reduce((a, b) => a + b, 0);
      return {
        collection: { ...c, sources: members.length },
        counts,
        totals: series.totals,
        shares: counts.map((n, i) => ((series.totals[i] ?? 0) > 0 ? n / (series.totals[i] ?? 1) : null)),
        hits,
        total,
        share: total > 0 ? hits / total : null,
      };
    }),
  );
  return { buckets, version, collections: out };
}
