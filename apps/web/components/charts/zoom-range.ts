// The date arithmetic of exploring a chart: a brushed span of buckets as dates, and the keyboard
// steps (zoom in/out around the middle, move left/right by a quarter of the span). Ranges are
// local days, inclusive, as in the URL. Free of server imports.
import { addDays, earlierDay, laterDay } from "@/lib/dates/local-dates";
import { bucketEnd } from "./bucket-range";

export interface DayRange {
  from: string;
  to: string;
}

/** Days in an inclusive range (1 for a single day). */
export function daysIn({ from, to }: DayRange): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

function around(range: DayRange, days: number): DayRange {
  const n = daysIn(range);
  const from = addDays(range.from, Math.floor((n - days) / 2));
  return { from, to: addDays(from, days - 1) };
}

/** Half the span, kept around its middle (never under one day). */
export function zoomIn(range: DayRange): DayRange {
  return around(range, Math.max(1, Math.round(daysIn(range) / 2)));
}

/** Twice the span around its middle. */
export function zoomOut(range: DayRange): DayRange {
  return around(range, daysIn(range) * 2);
}

/** Moves the range by a quarter of its span (at least a day); direction −1 is earlier. */
export function pan(range: DayRange, direction: -1 | 1): DayRange {
  const step = Math.max(1, Math.round(daysIn(range) / 4)) * direction;
  return { from: addDays(range.from, step), to: addDays(range.to, step) };
}

/**
 * The dates of the buckets between two indexes (either order), clipped to the range shown: the
 * first bucket's start to the last bucket's end.
 */
export function brushedRange(
  buckets: readonly string[],
  unit: "day" | "week" | "month",
  a: number,
  b: number,
  shown: DayRange,
): DayRange | null {
  const lo = Math.max(0, Math.min(a, b));
  const hi = Math.min(buckets.length - 1, Math.max(a, b));
  const first = buckets[lo];
  const last = buckets[hi];
  if (first === undefined || last === undefined) return null;
  const from = laterDay(first, shown.from);
  const end = bucketEnd(last, unit);
  return { from, to: earlierDay(end, shown.to) };
}
