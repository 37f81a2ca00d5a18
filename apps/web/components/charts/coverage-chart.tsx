"use client";
// Share of coverage (or article counts) over time for one or more themes, drawn by the shared
// TimeSeriesChart. Clicking a point opens the articles behind it: that theme, that bucket,
// counted articles only — the same set the number was computed from.
import type { CoverageSeries } from "@tidemark/themes/series";
import { useRouter } from "next/navigation";
import { useCallback, useMemo } from "react";
import { formatCount } from "@/lib/format/numbers";
import { countedArticlesHref } from "@/lib/themes/counted-articles-href";
import type { Metric } from "@/lib/themes/metric";
import type { ResolvedRange } from "@/lib/themes/range-query";
import { bucketDates } from "./bucket-range";
import { type ChartLine, TimeSeriesChart } from "./time-series-chart";

export interface CoverageChartProps {
  label: string;
  /** Subject of exported image files (the theme's slug, "compare", "overview"). */
  exportName: string;
  /** Buckets, totals and one line per theme, drawn in the theme's colour. */
  series: CoverageSeries;
  /** The view the series was read for: its unit, period, time zone and sources. */
  range: Pick<
    ResolvedRange,
    "unit" | "from" | "to" | "timezone" | "sourceIds" | "collectionIds" | "givenSourceIds"
  >;
  metric: Metric;
  /** Also draw each theme's undated fallback, as a dashed line (where one theme is shown). */
  showUndated?: boolean;
  /** Buckets flagged as spikes, by theme id, marked on the line. */
  spikes?: Record<string, string[]>;
  height?: number;
}

const UNDATED = ":undated";

export function CoverageChart(props: CoverageChartProps) {
  const router = useRouter();
  const { metric, range, showUndated = false, spikes } = props;
  const { buckets, totals, undatedTotals } = props.series;
  const unit = range.unit;

  const lines = useMemo(
    (): ChartLine[] =>
      props.series.themes.flatMap((s) => {
        const dated: ChartLine = {
          key: s.themeId,
          name: s.name,
          color: s.color,
          counts: s.counts,
          totals,
          spikes: spikes?.[s.themeId] ?? [],
        };
        if (!showUndated || !s.undatedCounts.some((n) => n > 0)) return [dated];
        return [
          dated,
          {
            key: s.themeId + UNDATED,
            name: `${s.name} (undated fallback)`,
            color: s.color,
            dashed: true,
            counts: s.undatedCounts,
            totals: undatedTotals,
          },
        ];
      }),
    [props.series.themes, totals, undatedTotals, showUndated, spikes],
  );

  const totalNote = useCallback(
    (i: number) => `${formatCount(totals[i] ?? 0)} dated articles in this ${unit}`,
    [totals, unit],
  );

  function onPointClick(line: ChartLine, i: number) {
    const bucket = buckets[i];
    if (line.dashed || !bucket) return;
    const dates = bucketDates(bucket, unit, range.from, range.to);
    router.push(countedArticlesHref(line.key, { ...range, ...dates }));
  }

  return (
    <TimeSeriesChart
      label={props.label}
      exportName={props.exportName}
      buckets={buckets}
      unit={unit}
      metric={metric}
      lines={lines}
      range={range}
      totalNote={totalNote}
      onPointClick={onPointClick}
      height={props.height ?? 340}
    />
  );
}
