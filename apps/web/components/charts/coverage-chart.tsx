"use client";
// Share of coverage (or article counts) over time for one or more themes. Clicking a point opens
// the articles behind it: that theme, that bucket, counted articles only — the same set the
// number was computed from.
import type { CoverageSeries, ThemeSeries } from "@tidemark/themes/series";
import type { EChartsCoreOption } from "echarts/core";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { formatBucket } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";
import { countedArticlesHref } from "@/lib/themes/counted-articles-href";
import type { Metric } from "@/lib/themes/metric";
import type { ResolvedRange } from "@/lib/themes/range-query";
import { bucketDates } from "./bucket-range";
import { axisLabel, escapeHtml, shareAxis, tooltipLine } from "./chart-format";
import { type ChartClick, EChart } from "./echart";

export interface CoverageChartProps {
  label: string;
  /** Buckets, totals and one line per theme, drawn in the theme's colour. */
  series: CoverageSeries;
  /** The view the series was read for: its unit, period, time zone and sources. */
  range: Pick<ResolvedRange, "unit" | "from" | "to" | "timezone" | "sourceIds">;
  metric: Metric;
  /** Also draw each theme's undated fallback, as a dashed line (where one theme is shown). */
  showUndated?: boolean;
  /** Buckets flagged as spikes, by theme id, marked on the line. */
  spikes?: Record<string, string[]>;
  height?: number;
}

interface AxisTooltipItem {
  seriesIndex: number;
  dataIndex: number;
}

export function CoverageChart(props: CoverageChartProps) {
  const router = useRouter();
  const { metric, range, showUndated = false, spikes } = props;
  const { buckets, totals, undatedTotals } = props.series;
  const series = props.series.themes;
  const unit = range.unit;

  // Series index → (theme, dated?) so clicks and tooltips know what a line stands for.
  const lines = useMemo(
    () =>
      series.flatMap((s) => {
        const dated = { s, undated: false };
        const hasUndated = showUndated && s.undatedCounts.some((n) => n > 0);
        return hasUndated ? [dated, { s, undated: true }] : [dated];
      }),
    [series, showUndated],
  );

  const option = useMemo((): EChartsCoreOption => {
    const pointValue = (s: ThemeSeries, undated: boolean, i: number): number | null => {
      if (undated) {
        const count = s.undatedCounts[i] ?? 0;
        const total = undatedTotals[i] ?? 0;
        return metric === "count" ? count : total > 0 ? count / total : null;
      }
      return metric === "count" ? (s.counts[i] ?? 0) : (s.shares[i] ?? null);
    };
    return {
      animation: false,
      aria: { enabled: true },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { type: "scroll", top: 0, left: 0, right: 0, icon: "roundRect", itemWidth: 14, itemHeight: 4 },
      tooltip: {
        trigger: "axis",
        confine: true,
        formatter: (raw: unknown) => {
          const items = (Array.isArray(raw) ? raw : [raw]) as AxisTooltipItem[];
          const i = items[0]?.dataIndex ?? 0;
          const head = `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(formatBucket(buckets[i] ?? "", unit))}</div>`;
          const rows = items.map((item) => {
            const line = lines[item.seriesIndex];
            if (!line) return "";
            const { s, undated } = line;
            const count = undated ? (s.undatedCounts[i] ?? 0) : (s.counts[i] ?? 0);
            const total = undated ? (undatedTotals[i] ?? 0) : (totals[i] ?? 0);
            const share = undated ? (total > 0 ? count / total : null) : (s.shares[i] ?? null);
            return tooltipLine(
              s.color,
              undated ? `${s.name} (undated fallback)` : s.name,
              count,
              total,
              share,
              metric,
            );
          });
          const foot = `<div style="color:#64748b;margin-top:4px">${formatCount(totals[i] ?? 0)} dated articles in this ${unit} · click a point for its articles</div>`;
          return head + rows.join("") + foot;
        },
      },
      xAxis: {
        type: "category",
        data: buckets,
        boundaryGap: false,
        axisLabel: { formatter: (b: string) => axisLabel(b, unit), hideOverlap: true, color: "#475569" },
        axisLine: { lineStyle: { color: "#cbd5e1" } },
      },
      yAxis: {
        type: "value",
        min: 0,
        minInterval: metric === "count" ? 1 : undefined,
        axisLabel: {
          formatter: metric === "share" ? shareAxis : (v: number) => formatCount(v),
          color: "#475569",
        },
        splitLine: { lineStyle: { color: "#e2e8f0" } },
      },
      series: lines.map(({ s, undated }) => {
        const spikeBuckets = undated ? [] : (spikes?.[s.themeId] ?? []);
        return {
          type: "line",
          name: undated ? `${s.name} (undated fallback)` : s.name,
          data: buckets.map((_, i) => pointValue(s, undated, i)),
          color: s.color,
          showSymbol: buckets.length <= 60,
          symbolSize: 6,
          triggerLineEvent: true,
          connectNulls: false,
          lineStyle: {
            width: undated ? 1.5 : 2.5,
            type: undated ? "dashed" : "solid",
            opacity: undated ? 0.6 : 1,
          },
          emphasis: { focus: "series" },
          markPoint:
            spikeBuckets.length > 0
              ? {
                  symbol: "pin",
                  symbolSize: 34,
                  label: { formatter: "▲", fontSize: 10 },
                  data: spikeBuckets.flatMap((bucket) => {
                    const i = buckets.indexOf(bucket);
                    const value = pointValue(s, false, i);
                    return i >= 0 && value !== null ? [{ name: "Spike", coord: [i, value] }] : [];
                  }),
                }
              : undefined,
        };
      }),
    };
  }, [buckets, totals, undatedTotals, unit, metric, lines, spikes]);

  function onClick({ seriesIndex, dataIndex }: ChartClick) {
    const line = lines[seriesIndex];
    const bucket = buckets[dataIndex];
    if (!line || line.undated || !bucket) return;
    const dates = bucketDates(bucket, unit, range.from, range.to);
    router.push(countedArticlesHref(line.s.themeId, { ...range, ...dates }));
  }

  return <EChart option={option} height={props.height ?? 340} label={props.label} onClick={onClick} />;
}
