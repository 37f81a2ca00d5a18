"use client";
// A small React wrapper around ECharts (tree-shaken core, SVG renderer for crisp text). It
// creates the chart once, applies option changes, follows the container's size, and disposes
// of the chart on unmount. With `onBrush`, dragging across the plot selects a span of the
// category axis (drawn as a band while dragging) and reports its first and last index.
import { BarChart, LineChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendScrollComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import { type ECharts, type EChartsCoreOption, init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef, useState } from "react";

use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendScrollComponent,
  MarkPointComponent,
  AriaComponent,
  TitleComponent,
  SVGRenderer,
]);

export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
}

interface EChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** What the chart shows, for screen readers (the data table below the chart has the numbers). */
  label: string;
  onClick?: (click: ChartClick) => void;
  /** Called with the first and last category index of a drag across the plot. */
  onBrush?: (start: number, end: number) => void;
}

/** A drag shorter than this (px) is a click, not a selection. */
const MIN_DRAG = 8;

interface Drag {
  x0: number;
  x: number;
}

interface ZrPointerEvent {
  offsetX: number;
  offsetY: number;
}

export function EChart({ option, height = 320, label, onClick, onBrush }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickHandler = useRef(onClick);
  clickHandler.current = onClick;
  const brushHandler = useRef(onBrush);
  brushHandler.current = onBrush;
  const [drag, setDrag] = useState<Drag | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, null, { renderer: "svg" });
    chart.current = instance;
    // A drag that selected a span ends with a mouseup on some point: not a click on it.
    let justBrushed = false;
    instance.on("click", (event) => {
      if (justBrushed) return;
      const e = event as { seriesIndex?: number; dataIndex?: number };
      if (e.seriesIndex !== undefined && e.dataIndex !== undefined) {
        clickHandler.current?.({ seriesIndex: e.seriesIndex, dataIndex: e.dataIndex });
      }
    });
    const categoryAt = (x: number, y: number): number | null => {
      // The grid answers [category index, value] for a pixel inside or beside the plot.
      const point = instance.convertFromPixel({ gridIndex: 0 }, [x, y]);
      const value = Array.isArray(point) ? point[0] : point;
      return typeof value === "number" && Number.isFinite(value) ? Math.round(value) : null;
    };
    const zr = instance.getZr();
    let start: { x: number; y: number } | null = null;
    zr.on("mousedown", (raw) => {
      const e = raw as ZrPointerEvent;
      justBrushed = false;
      if (!brushHandler.current || !instance.containPixel({ gridIndex: 0 }, [e.offsetX, e.offsetY])) return;
      start = { x: e.offsetX, y: e.offsetY };
    });
    zr.on("mousemove", (raw) => {
      const e = raw as ZrPointerEvent;
      if (start && Math.abs(e.offsetX - start.x) >= MIN_DRAG) setDrag({ x0: start.x, x: e.offsetX });
    });
    const finish = (raw: unknown) => {
      const e = raw as ZrPointerEvent;
      const from = start;
      start = null;
      setDrag(null);
      if (!from || Math.abs(e.offsetX - from.x) < MIN_DRAG) return;
      const a = categoryAt(from.x, from.y);
      const b = categoryAt(e.offsetX, from.y);
      if (a === null || b === null) return;
      justBrushed = true;
      brushHandler.current?.(Math.min(a, b), Math.max(a, b));
    };
    zr.on("mouseup", finish);
    zr.on("globalout", () => {
      start = null;
      setDrag(null);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  // On a phone the chart keeps a landscape shape instead of a tall strip.
  const cssHeight = `min(${height}px, 75vw)`;
  return (
    <div className="relative" style={{ height: cssHeight, width: "100%" }}>
      <div
        ref={container}
        role="img"
        aria-label={label}
        style={{ height: cssHeight, width: "100%", cursor: onBrush ? "crosshair" : undefined }}
      />
      {drag && (
        <div
          aria-hidden="true"
          data-testid="chart-brush"
          className="pointer-events-none absolute top-0 bottom-0 border-x border-blue-500 bg-blue-500/10"
          style={{ left: Math.min(drag.x0, drag.x), width: Math.abs(drag.x - drag.x0) }}
        />
      )}
    </div>
  );
}
