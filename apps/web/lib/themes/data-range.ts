// The default date range of a view: the most recent stretch that has data, not "the last 90
// days from today" — an archive of 2019 coverage should open on 2019, not on an empty chart.
import type { Db } from "@tidemark/db";
import { ALL_SOURCES } from "@tidemark/themes/coverage";
import type { SeriesUnit } from "@tidemark/themes/series";
import { addDays } from "@/lib/dates/local-dates";

export interface DataExtent {
  /** First and last local day with dated, counted articles; null when there are none. */
  first: string | null;
  last: string | null;
  today: string;
}

export async function dataExtent(db: Db, timezone: string): Promise<DataExtent> {
  const rows = await db.$queryRaw<{ first: string | null; last: string | null; today: string }[]>`
    SELECT to_char(min(hour) AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS first,
           to_char(max(hour) AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS last,
           to_char(now() AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS today
    FROM coverage_hourly
    WHERE basis = 'published' AND source_key = CAST(${ALL_SOURCES} AS uuid) AND articles > 0`;
  const row = rows[0];
  return {
    first: row?.first ?? null,
    last: row?.last ?? null,
    today: row?.today ?? new Date().toISOString().slice(0, 10),
  };
}

/** How far back a default view reaches for each unit: readable bucket counts (90, 52, 36). */
const DEFAULT_SPAN_DAYS: Record<SeriesUnit, number> = { day: 89, week: 364, month: 3 * 365 };

/** The default range: ending at the last day with data (never after today), one span long. */
export function defaultRange(extent: DataExtent, unit: SeriesUnit): { from: string; to: string } {
  const last = extent.last && extent.last < extent.today ? extent.last : extent.today;
  let from = addDays(last, -DEFAULT_SPAN_DAYS[unit]);
  if (extent.first && extent.first > from) from = extent.first;
  return { from, to: last };
}
