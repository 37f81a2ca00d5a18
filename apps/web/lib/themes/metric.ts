import type { RawParams } from "@/lib/search-params/schemas";

export type Metric = "share" | "count";

/** The chart metric from the URL: share of coverage unless ?metric=count. */
export function readMetric(raw: RawParams): Metric {
  const value = Array.isArray(raw.metric) ? raw.metric.at(-1) : raw.metric;
  return value === "count" ? "count" : "share";
}
