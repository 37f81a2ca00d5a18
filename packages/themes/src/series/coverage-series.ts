// Coverage over time for a set of themes: counts and share of coverage per bucket, gaps filled,
// with undated articles (counted under their fetch date) reported separately. Each theme's
// numbers come from one version — the one its series show — named in the result.
import type { Db } from "@tidemark/db";
import { type BucketCount, bucketCountsFromAggregates } from "./bucket-counts-query.ts";
import { bucketCountsFromRows } from "./bucket-counts-raw-query.ts";
import { bucketDistinctCounts } from "./bucket-distinct-counts-query.ts";
import type { CountUnit } from "./count-unit.ts";
import type { RangeParams, SeriesParams } from "./params.ts";
import { rangeBounds } from "./range-bounds.ts";
import { bucketSegments } from "./segments.ts";

export interface ThemeSeries {
  themeId: string;
  slug: string;
  name: string;
  color: string;
  /** The version the numbers come from, and whether a newer definition is being backfilled. */
  version: { id: string; number: number; pendingVersion: number | null };
  counts: number[];
  /** counts / all articles in the bucket; null where the bucket has no articles. */
  shares: (number | null)[];
  /** Hits among undated articles, counted under their fetch date. */
  undatedCounts: number[];
}

export interface CoverageSeries {
  params: RangeParams;
  /** What counts and shares count: articles, distinct text families or distinct stories. */
  count: CountUnit;
  /**
   * "aggregates" (daily and quarter-hour roll-ups), "rows" (an exact recount, only for zones
   * whose offset in the range is not a multiple of 15 minutes: local mean time before ~1900), or
   * "distinct" (families or stories counted from the articles in range).
   */
  method: "aggregates" | "rows" | "distinct";
  buckets: string[];
  totals: number[];
  undatedTotals: number[];
  themes: ThemeSeries[];
}

/** Series parameters as parsed, `count` optional (articles). */
export type SeriesRequest = Omit<SeriesParams, "count"> & { count?: CountUnit | undefined };

export async function coverageSeries(db: Db, params: SeriesRequest): Promise<CoverageSeries> {
  const themes = await db.theme.findMany({
    where: { id: { in: params.themeIds } },
    select: {
      id: true,
      slug: true,
      name: true,
      color: true,
      seriesVersion: { select: { id: true, version: true } },
      currentVersion: { select: { id: true, version: true } },
    },
  });
  const ordered = params.themeIds
    .map((id) => themes.find((t) => t.id === id))
    .filter((t): t is (typeof themes)[number] => t !== undefined);
  const versionIds = ordered.flatMap((t) => (t.seriesVersion ? [t.seriesVersion.id] : []));

  const bounds = await rangeBounds(db, params);
  const segments = bucketSegments(bounds);
  const count = params.count ?? "articles";
  const method = count !== "articles" ? "distinct" : segments ? "aggregates" : "rows";
  const rows =
    count !== "articles"
      ? await bucketDistinctCounts(db, params, bounds, versionIds, count)
      : segments
        ? await bucketCountsFromAggregates(db, params, bounds, segments, versionIds)
        : await bucketCountsFromRows(db, params, bounds, versionIds);

  const series = (version: string | null, basis: BucketCount["basis"]) => {
    const out = new Array<number>(bounds.buckets.length).fill(0);
    for (const row of rows) {
      if (row.version !== version || row.basis !== basis) continue;
      if (row.bucket >= 0 && row.bucket < out.length) out[row.bucket] = (out[row.bucket] ?? 0) + row.n;
    }
    return out;
  };
  const totals = series(null, "published");
  return {
    params,
    count,
    method,
    buckets: bounds.buckets,
    totals,
    undatedTotals: series(null, "fetched"),
    themes: ordered.map((t) => {
      const versionId = t.seriesVersion?.id ?? null;
      const counts = versionId ? series(versionId, "published") : totals.map(() => 0);
      return {
        themeId: t.id,
        slug: t.slug,
        name: t.name,
        color: t.color,
        version: {
          id: versionId ?? "",
          number: t.seriesVersion?.version ?? 0,
          pendingVersion:
            t.currentVersion && t.currentVersion.id !== versionId ? t.currentVersion.version : null,
        },
        counts,
        shares: counts.map((c, i) => ((totals[i] ?? 0) > 0 ? c / (totals[i] ?? 1) : null)),
        undatedCounts: versionId ? series(versionId, "fetched") : totals.map(() => 0),
      };
    }),
  };
}
