"use client";
// Share of coverage (or article counts) over time for one or more themes. Clicking a point opens
// the articles behind it: that theme, that bucket, counted articles only — the same set the
// number was computed from.
import type { EChartsCoreOption } from "echarts/core";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { formatBucket } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";
import { bucketDates } from "./bucket-range";
import { axisLabel, escapeHtml, shareAxis, tooltipLine } from "./chart-format";
import { type ChartClick, EChart } from "./echart";

export interface ChartSeries {
  themeId: string;
  name: string;
  color: string;
  counts: number[];
  shares: (number | null)[];
  /** Hits among undated articles by fetch date; drawn as a separate dashed series when given. */
  undatedCounts?: number[];
  /** Buckets flagged as spikes, marked on the line. */
  spikes?: string[];
}

export interface CoverageChartProps {
  label: string;
  buckets: string[];
  totals: number[];
  undatedTotals: number[];
  unit: "day" | "week" | "month";
  metric: "share" | "count";
  series: ChartSeries[];
  from: string;
  to: string;
  timezone: string;
  sourceIds?: string[];
  height?: number;
}

interface AxisTooltipItem {
  seriesIndex: number;
  dataIndex: number;
}

export function CoverageChart(props: CoverageChartProps) {
  const router = useRouter();
  const { buckets, totals, undatedTotals, unit, metric, series } = props;

  // Series index → (theme, dated?) so clicks and tooltips know what a line stands for.
  const lines = useMemo(
    () =>
      series.flatMap((s) => {
        const dated = { s, undated: false };
        const hasUndated = s.undatedCounts?.some((n) => n > 0) ?? false;
        return hasUndated ? [dated, { s, undated: true }] : [dated];
      }),
    [series],
  );

  const option = useMemo((): EChartsCoreOption => {
    const pointValue = (s: ChartSeries, undated: boolean, i: number): number | null => {
      if (undated) {
        const count = s.undatedCounts?.[i] ?? 0;
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
            const count = undated ? (s.undatedCounts?.[i] ?? 0) : (s.counts[i] ?? 0);
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
      series: lines.map(({ s, undated }) => ({
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
          !undated && s.spikes && s.spikes.length > 0
            ? {
                symbol: "pin",
                symbolSize: 34,
                label: { formatter: "▲", fontSize: 10 },
                data: s.spikes.flatMap((bucket) => {
                  const i = buckets.indexOf(bucket);
                  const value = pointValue(s, false, i);
                  return i >= 0 && value !== null ? [{ name: "Spike", coord: [i, value] }] : [];
                }),
              }
            : undefined,
      })),
    };
  }, [buckets, totals, undatedTotals, unit, metric, lines]);

  function onClick({ seriesIndex, dataIndex }: ChartClick) {
    const line = lines[seriesIndex];
    const bucket = buckets[dataIndex];
    if (!line || line.undated || !bucket) return;
    const dates = bucketDates(bucket, unit, props.from, props.to);
    const params = new URLSearchParams({
      theme: line.s.themeId,
      status: "counted",
      from: dates.from,
      to: dates.to,
      tz: props.timezone,
      sort: "published",
    });
    for (const id of props.sourceIds ?? []) params.append("source", id);
    router.push(`/articles?${params.toString()}`);
  }

  return <EChart option={option} height={props.height ?? 340} label={props.label} onClick={onClick} />;
}
