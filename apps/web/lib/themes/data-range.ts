// The default date range of a view: everything there is data for, dated articles and the undated
// fallback alike (an undated article counts under the day it was added), not "the last 90 days
// from today" — an archive of 2019 coverage should open on 2019, not on an empty chart. Quick
// ranges (7 d … 1 y) roll: they end at the latest day with data, so a shared link keeps showing
// the newest stretch.
import type { Db } from "@tidemark/db";
import { ALL_SOURCES } from "@tidemark/themes/coverage";
import type { SeriesUnit } from "@tidemark/themes/series";
import { addDays } from "@/lib/dates/local-dates";
import type { QuickRange } from "./quick-ranges";

export interface DataExtent {
  /** First and last local day with counted articles (dated or undated); null when there are none. */
  first: string | null;
  last: string | null;
  today: string;
}

const QUICK_SPAN_DAYS: Record<Exclude<QuickRange, "all">, number> = {
  "7d": 6,
  "30d": 29,
  "90d": 89,
  "1y": 364,
};

export async function dataExtent(db: Db, timezone: string): Promise<DataExtent> {
  // Reads the all-sources rows of the aggregate (both date bases), never the articles.
  const rows = await db.$queryRaw<{ first: string | null; last: string | null; today: string }[]>`
    SELECT to_char(min(hour) AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS first,
           to_char(max(hour) AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS last,
           to_char(now() AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS today
    FROM coverage_hourly
    WHERE source_key = CAST(${ALL_SOURCES} AS uuid) AND articles > 0`;
  const row = rows[0];
  return {
    first: row?.first ?? null,
    last: row?.last ?? null,
    today: row?.today ?? new Date().toISOString().slice(0, 10),
  };
}

/** The unit that gives a readable number of buckets for a span of days. */
export function unitForSpan(days: number): SeriesUnit {
  if (days <= 120) return "day";
  if (days <= 3 * 365) return "week";
  return "month";
}

/** The range a quick choice (or the default, "all") stands for, given the data's extent. */
export function quickRange(extent: DataExtent, quick: QuickRange = "all"): { from: string; to: string } {
  const last = extent.last && extent.last < extent.today ? extent.last : extent.today;
  if (quick === "all") {
    const first = extent.first && extent.first <= last ? extent.first : addDays(last, -364);
    return { from: first, to: last };
  }
  return { from: addDays(last, -QUICK_SPAN_DAYS[quick]), to: last };
}

/** Days from `from` to `to`, inclusive. */
export function spanDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
