"use client";
// A small React wrapper around ECharts (tree-shaken core, SVG renderer for crisp text). It
// creates the chart once, applies option changes, follows the container's size, and disposes
// of the chart on unmount.
import { BarChart, LineChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendScrollComponent,
  MarkPointComponent,
  TooltipComponent,
} from "echarts/components";
import { type ECharts, type EChartsCoreOption, init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendScrollComponent,
  MarkPointComponent,
  AriaComponent,
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
}

export function EChart({ option, height = 320, label, onClick }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickHandler = useRef(onClick);
  clickHandler.current = onClick;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, null, { renderer: "svg" });
    chart.current = instance;
    instance.on("click", (event) => {
      const e = event as { seriesIndex?: number; dataIndex?: number };
      if (e.seriesIndex !== undefined && e.dataIndex !== undefined) {
        clickHandler.current?.({ seriesIndex: e.seriesIndex, dataIndex: e.dataIndex });
      }
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

  return <div ref={container} role="img" aria-label={label} style={{ height, width: "100%" }} />;
}
