"use client";
// The one time-series chart of the dashboard (overview, theme, compare, compare collections):
// lines of counts over buckets with the count behind every point in the tooltip, small samples
// drawn hollow and faded (sample-size.ts), a legend whose buttons hide and show lines (kept in
// the URL as `hide`), PNG/SVG export, and range exploration that lands in the URL like the range
// controls: drag across the plot to zoom, or focus the chart and use ← → (move) and + − (zoom);
// "Previous range" steps back through the zooms, "Reset zoom" returns to the default range.
import type { EChartsCoreOption } from "echarts/core";
import { usePathname, useSearchParams } from "next/navigation";
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn, focusRing } from "@/components/ui/cn";
import { useViewParams, viewHref } from "@/lib/client/use-view-params";
import { formatBucket } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";
import { chartSvg, downloadPng, downloadSvg, exportFileName } from "./chart-export";
import { axisLabel, escapeHtml, shareAxis, tooltipLine } from "./chart-format";
import { type ChartClick, EChart } from "./echart";
import { isSmallSample, SMALL_SAMPLE } from "./sample-size";
import { brushedRange, type DayRange, pan, zoomIn, zoomOut } from "./zoom-range";

export interface ChartLine {
  /** Stable id of the line (theme id, "<theme id>:undated", collection id): legend state in the URL. */
  key: string;
  name: string;
  color: string;
  /** The undated fallback: dashed and lighter. */
  dashed?: boolean;
  counts: readonly number[];
  /** The denominator of every point: all counted articles in the bucket (of this line's scope). */
  totals: readonly number[];
  /** Buckets flagged as spikes, marked on the line. */
  spikes?: readonly string[];
}

export interface TimeSeriesChartProps {
  label: string;
  /** Subject of exported files ("climate", "compare"). */
  exportName: string;
  buckets: readonly string[];
  unit: "day" | "week" | "month";
  metric: "share" | "count";
  lines: readonly ChartLine[];
  /** The dates shown, for zooming. */
  range: DayRange;
  /** Under the tooltip: what the bucket's total counts. */
  totalNote?: (bucketIndex: number) => string;
  onPointClick?: (line: ChartLine, bucketIndex: number) => void;
  height?: number;
}

interface AxisTooltipItem {
  seriesIndex: number;
  dataIndex: number;
}

const HIDE = "hide";
const ZOOM_STACK = "tidemark:zoom:";

interface SavedRange {
  from?: string;
  to?: string;
  range?: string;
  unit?: string;
}

function readStack(path: string): SavedRange[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(ZOOM_STACK + path) ?? "[]");
    return Array.isArray(parsed) ? (parsed as SavedRange[]) : [];
  } catch (error) {
    console.warn("Zoom history unreadable; starting afresh", error);
    return [];
  }
}

function writeStack(path: string, stack: readonly SavedRange[]): void {
  sessionStorage.setItem(ZOOM_STACK + path, JSON.stringify(stack.slice(-20)));
}

export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { buckets, unit, metric, lines, range, totalNote, onPointClick } = props;
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const { apply, pending } = useViewParams();
  const hidden = useMemo(() => new Set(searchParams.getAll(HIDE)), [searchParams]);
  const shown = useMemo(() => lines.filter((l) => !hidden.has(l.key)), [lines, hidden]);
  const [stackSize, setStackSize] = useState(0);
  const [exportError, setExportError] = useState<string | null>(null);
  // The range the last key press asked for, until the page for it arrives: quick presses add up.
  const target = useRef<DayRange | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new range (the page for it arrived) ends the pending key presses
  useEffect(() => {
    target.current = null;
    setStackSize(readStack(pathname).length);
  }, [range.from, range.to, pathname]);

  const option = useMemo((): EChartsCoreOption => {
    const dense = buckets.length > 60;
    const value = (line: ChartLine, i: number): number | null => {
      const count = line.counts[i] ?? 0;
      const total = line.totals[i] ?? 0;
      return metric === "count" ? count : total > 0 ? count / total : null;
    };
    return {
      animation: false,
      aria: { enabled: true },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      legend: { show: false },
      tooltip: {
        trigger: "axis",
        confine: true,
        formatter: (raw: unknown) => {
          const items = (Array.isArray(raw) ? raw : [raw]) as AxisTooltipItem[];
          const i = items[0]?.dataIndex ?? 0;
          const head = `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(formatBucket(buckets[i] ?? "", unit))}</div>`;
          const rows = items.map((item) => {
            const line = shown[item.seriesIndex];
            if (!line) return "";
            const count = line.counts[i] ?? 0;
            const total = line.totals[i] ?? 0;
            return tooltipLine(
              line.color,
              line.name,
              count,
              total,
              total > 0 ? count / total : null,
              metric,
              {
                small: isSmallSample(total),
              },
            );
          });
          const note = totalNote ? `${escapeHtml(totalNote(i))} · ` : "";
          const foot = `<div style="color:#475569;margin-top:4px">${note}click a point for its articles</div>`;
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
      series: shown.map((line) => {
        const spikeBuckets = line.spikes ?? [];
        return {
          type: "line",
          id: line.key,
          name: line.name,
          color: line.color,
          // Every point carries its sample size: a small one is hollow and faded.
          data: buckets.map((_, i) => {
            const small = isSmallSample(line.totals[i] ?? 0);
            return {
              value: value(line, i),
              symbol: small ? "emptyCircle" : "circle",
              symbolSize: small ? 6 : dense ? 0 : 6,
              itemStyle: small ? { opacity: 0.5 } : undefined,
            };
          }),
          showSymbol: true,
          triggerLineEvent: true,
          connectNulls: false,
          lineStyle: {
            width: line.dashed ? 1.5 : 2.5,
            type: line.dashed ? "dashed" : "solid",
            opacity: line.dashed ? 0.6 : 1,
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
                    const v = i >= 0 ? value(line, i) : null;
                    return v !== null ? [{ name: "Spike", coord: [i, v] }] : [];
                  }),
                }
              : undefined,
        };
      }),
    };
  }, [buckets, unit, metric, shown, totalNote]);

  const goTo = useCallback(
    (next: DayRange) => {
      const stack = readStack(pathname);
      const saved: SavedRange = {};
      for (const key of ["from", "to", "range", "unit"] as const) {
        const v = searchParams.get(key);
        if (v) saved[key] = v;
      }
      writeStack(pathname, [...stack, saved]);
      setStackSize(stack.length + 1);
      target.current = next;
      apply({ from: next.from, to: next.to, range: undefined, unit: undefined });
    },
    [apply, pathname, searchParams],
  );

  function previous() {
    const stack = readStack(pathname);
    const last = stack.pop();
    writeStack(pathname, stack);
    setStackSize(stack.length);
    apply({ from: last?.from, to: last?.to, range: last?.range, unit: last?.unit });
  }

  function reset() {
    writeStack(pathname, []);
    setStackSize(0);
    apply({ from: undefined, to: undefined, range: undefined, unit: undefined });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const base = target.current ?? range;
    let next: DayRange | null = null;
    if (e.key === "ArrowLeft") next = pan(base, -1);
    else if (e.key === "ArrowRight") next = pan(base, 1);
    else if (e.key === "+" || e.key === "=") next = zoomIn(base);
    else if (e.key === "-" || e.key === "_") next = zoomOut(base);
    if (!next) return;
    e.preventDefault();
    goTo(next);
  }

  function onBrush(start: number, end: number) {
    const next = brushedRange(buckets, unit, start, end, range);
    if (next && (next.from !== range.from || next.to !== range.to)) goTo(next);
  }

  function onClick({ seriesIndex, dataIndex }: ChartClick) {
    const line = shown[seriesIndex];
    if (line) onPointClick?.(line, dataIndex);
  }

  function toggle(key: string) {
    const params = new URLSearchParams(searchParams.toString());
    const next = hidden.has(key) ? [...hidden].filter((k) => k !== key) : [...hidden, key];
    params.delete(HIDE);
    for (const k of next) params.append(HIDE, k);
    // Only the browser's URL changes (Next.js keeps useSearchParams in step): no server render.
    window.history.replaceState(null, "", viewHref(pathname, params, {}));
  }

  async function exportImage(kind: "png" | "svg") {
    setExportError(null);
    try {
      const svg = chartSvg(option, props.label);
      const name = exportFileName(props.exportName, range.from, range.to);
      if (kind === "svg") downloadSvg(svg, name);
      else await downloadPng(svg, name);
    } catch (error) {
      console.error("Chart export failed", error);
      setExportError(error instanceof Error ? error.message : "The chart image could not be made.");
    }
  }

  const zoomed = searchParams.has("from") || searchParams.has("to");
  const keysHelp = "Drag across the chart to zoom. With the chart focused: ← → move the range, + − zoom.";

  return (
    <div data-testid="time-series-chart">
      <div className="flex flex-wrap items-center justify-between gap-2 px-2 pb-1">
        <ul className="flex flex-wrap gap-1" aria-label="Lines (press to hide or show)">
          {lines.map((line) => {
            const on = !hidden.has(line.key);
            return (
              <li key={line.key}>
                <button
                  type="button"
                  aria-pressed={on}
                  data-testid="legend-toggle"
                  onClick={() => toggle(line.key)}
                  className={cn(
                    "inline-flex max-w-64 items-center gap-1.5 rounded px-1.5 py-0.5 text-xs",
                    focusRing,
                    on
                      ? "text-slate-800 hover:bg-slate-100"
                      : "text-slate-500 line-through hover:bg-slate-100",
                  )}
                >
                  <span
                    aria-hidden="true"
                    className="inline-block h-1 w-3.5 shrink-0 rounded-sm"
                    style={
                      line.dashed
                        ? { borderTop: `2px dashed ${line.color}`, height: 0 }
                        : { backgroundColor: on ? line.color : "#cbd5e1" }
                    }
                  />
                  <span className="truncate">{line.name}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <div className="flex flex-wrap items-center gap-1">
          {stackSize > 0 && (
            <Button variant="ghost" size="sm" onClick={previous} disabled={pending}>
              ← Previous range
            </Button>
          )}
          {zoomed && (
            <Button variant="ghost" size="sm" onClick={reset} disabled={pending}>
              Reset zoom
            </Button>
          )}
          <Button
            variant="ghost"
            size="sm"
            onClick={() => exportImage("png")}
            aria-label="Download the chart as PNG"
          >
            PNG
          </Button>
          <Button
            variant="ghost"
            size="sm"
            onClick={() => exportImage("svg")}
            aria-label="Download the chart as SVG"
          >
            SVG
          </Button>
        </div>
      </div>
      {exportError && (
        <p role="alert" className="px-2 text-xs text-red-700">
          {exportError}
        </p>
      )}
      <section
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the chart takes arrow and +/− keys to change its range
        tabIndex={0}
        aria-label={`${props.label}. ${keysHelp}`}
        aria-keyshortcuts="ArrowLeft ArrowRight + -"
        aria-busy={pending}
        data-testid="chart-focus"
        onKeyDown={onKeyDown}
        className={cn("rounded-md", focusRing)}
      >
        <EChart
          option={option}
          height={props.height ?? 340}
          label={props.label}
          onClick={onClick}
          onBrush={buckets.length > 1 ? onBrush : undefined}
        />
      </section>
      <p className="px-2 pt-1 text-xs text-slate-500">
        {keysHelp} Hollow, faded points stand on fewer than {SMALL_SAMPLE} articles.
        {pending && <span aria-live="polite"> Updating…</span>}
      </p>
    </div>
  );
}
