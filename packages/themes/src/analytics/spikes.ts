// Spike detection math, pure: which buckets of a coverage series have a theme's share of
// coverage well above its own recent baseline.
//
// For bucket t, the baseline is the k buckets before it (never t itself), or at day granularity
// with `weekdayBaseline` the same weekday in each of the k previous weeks, so a theme that is
// always bigger on Mondays is compared with earlier Mondays and is not flagged every week.
// Baseline hits and totals are pooled (Σ hits / Σ totals), so busy days weigh more than quiet
// ones. Earlier spikes stay in the baseline on purpose: a lasting rise is flagged when it starts
// and then becomes the new normal instead of being flagged for weeks.
//
// A bucket is a spike when all hold:
//   observed ≥ minCount                   (tiny buckets never trigger)
//   observed / expected ≥ minRatio        (expected = bucket total × baseline share)
//   −log10 p ≥ threshold                  (p: one-sided Fisher exact test, bucket vs baseline)
// The Fisher test compares shares, so a surge of total volume that keeps the theme's share
// (twice the articles, twice the hits) is not a spike, and a baseline of few articles gives
// weak evidence by itself instead of needing an arbitrary prior.
import type { SeriesUnit } from "../series/params.ts";
import { fisherUpperLogP } from "./hypergeometric.ts";

export interface SpikeSeriesInput {
  params: { unit: SeriesUnit };
  buckets: readonly string[];
  totals: readonly number[];
  themes: readonly { themeId: string; counts: readonly number[] }[];
}

export interface SpikeOptions {
  baselineBuckets: number;
  weekdayBaseline: boolean;
  minCount: number;
  minRatio: number;
  threshold: number;
  /** Buckets before this label are only baseline (warm-up), never tested. */
  firstBucket?: string;
}

export interface BucketTest {
  bucket: string;
  observed: number;
  total: number;
  share: number | null;
  baselineHits: number;
  baselineTotal: number;
  baselineShare: number;
  /** total × baselineShare */
  expected: number;
  /** observed / expected; null when the baseline has no hits (anything is infinitely more). */
  ratio: number | null;
  pValue: number;
  /** −log10 pValue, computed in log space so it stays finite when pValue underflows to 0. */
  score: number;
}

export interface ThemeSpikeStats {
  themeId: string;
  spikes: BucketTest[];
}

/** Positions of the baseline buckets of bucket `t` that exist in the series. */
export function baselineIndices(t: number, unit: SeriesUnit, k: number, weekdayBaseline: boolean): number[] {
  const step = unit === "day" && weekdayBaseline ? 7 : 1;
  const out: number[] = [];
  for (let j = 1; j <= k && t - j * step >= 0; j++) out.push(t - j * step);
  return out;
}

/** The test of one bucket against its baseline; null when the baseline holds no articles. */
export function testBucket(
  series: Pick<SpikeSeriesInput, "buckets" | "totals">,
  counts: readonly number[],
  t: number,
  baseline: readonly number[],
): BucketTest | null {
  let baselineHits = 0;
  let baselineTotal = 0;
  for (const i of baseline) {
    baselineHits += counts[i] ?? 0;
    baselineTotal += series.totals[i] ?? 0;
  }
  if (baselineTotal === 0) return null;
  const observed = counts[t] ?? 0;
  const total = series.totals[t] ?? 0;
  const baselineShare = baselineHits / baselineTotal;
  const expected = total * baselineShare;
  const logP = fisherUpperLogP(observed, total, baselineHits, baselineTotal);
  return {
    bucket: series.buckets[t] ?? "",
    observed,
    total,
    share: total > 0 ? observed / total : null,
    baselineHits,
    baselineTotal,
    baselineShare,
    expected,
    ratio: expected > 0 ? observed / expected : null,
    pValue: Math.exp(logP),
    score: logP === 0 ? 0 : -logP / Math.LN10,
  };
}

export function isSpike(
  test: BucketTest,
  options: Pick<SpikeOptions, "minCount" | "minRatio" | "threshold">,
) {
  return (
    test.observed >= options.minCount &&
    (test.ratio === null || test.ratio >= options.minRatio) &&
    test.score >= options.threshold
  );
}

export function findSpikes(series: SpikeSeriesInput, options: SpikeOptions): ThemeSpikeStats[] {
  const unit = series.params.unit;
  const first = options.firstBucket ?? "";
  return series.themes.map((theme) => {
    const spikes: BucketTest[] = [];
    series.buckets.forEach((bucket, t) => {
      if (bucket < first) return;
      const baseline = baselineIndices(t, unit, options.baselineBuckets, options.weekdayBaseline);
      const test = testBucket(series, theme.counts, t, baseline);
      if (test && isSpike(test, options)) spikes.push(test);
    });
    return { themeId: theme.themeId, spikes };
  });
}
