"use client";
// One theme's share of coverage in several source collections, one line per collection, each
// share of that collection's own coverage (so each point has its own denominator), drawn by the
// shared TimeSeriesChart. A point opens the theme's counted articles from that collection.
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { countedArticlesHref } from "@/lib/themes/counted-articles-href";
import { bucketDates } from "./bucket-range";
import { type ChartLine, TimeSeriesChart } from "./time-series-chart";

export interface CollectionChartProps {
  label: string;
  exportName: string;
  themeId: string;
  buckets: string[];
  collections: { id: string; name: string; color: string; counts: number[]; totals: number[] }[];
  range: { unit: "day" | "week" | "month"; from: string; to: string; timezone: string };
  height?: number;
}

export function CollectionChart(props: CollectionChartProps) {
  const router = useRouter();
  const { buckets, range, themeId } = props;
  const lines = useMemo(
    (): ChartLine[] =>
      props.collections.map((c) => ({
        key: c.id,
        name: c.name,
        color: c.color,
        counts: c.counts,
        totals: c.totals,
      })),
    [props.collections],
  );

  function onPointClick(line: ChartLine, i: number) {
    const bucket = buckets[i];
    if (!bucket) return;
    const dates = bucketDates(bucket, range.unit, range.from, range.to);
    router.push(
      countedArticlesHref(themeId, { ...range, ...dates, collectionIds: [line.key], givenSourceIds: [] }),
    );
  }

  return (
    <TimeSeriesChart
      label={props.label}
      exportName={props.exportName}
      buckets={buckets}
      unit={range.unit}
      metric="share"
      lines={lines}
      range={range}
      onPointClick={onPointClick}
      height={props.height ?? 320}
    />
  );
}
