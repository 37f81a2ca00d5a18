// Time-range view state shared by the theme, compare and overview pages and the analytics API:
// unit, time zone, local from/to dates and sources. Missing dates default to the most recent
// stretch with data (see data-range.ts).
import type { Db } from "@tidemark/db";
import { SERIES_UNITS, type SeriesUnit } from "@tidemark/themes/series";
import { z } from "zod";
import { earlierDay, laterDay } from "@/lib/dates/local-dates";
import { listParam, localDate, singleParam, timeZoneParam } from "@/lib/search-params/schemas";
import { dataExtent, defaultRange } from "./data-range";

export const rangeQuerySchema = z.object({
  unit: singleParam(z.enum(SERIES_UNITS).default("week")),
  tz: timeZoneParam,
  from: singleParam(localDate.optional()),
  to: singleParam(localDate.optional()),
  source: listParam(z.uuid({ message: "a source id" }), 200),
});

export const themesQuerySchema = rangeQuerySchema.extend({
  theme: listParam(z.uuid({ message: "a theme id" }), 24).refine(
    (ids) => ids.length > 0,
    "Pick at least one theme (?theme=<id>)",
  ),
});

export type RangeQuery = z.output<typeof rangeQuerySchema>;

export interface ResolvedRange {
  unit: SeriesUnit;
  timezone: string;
  from: string;
  to: string;
  sourceIds?: string[];
  /** Whether from/to were filled in from the data rather than given. */
  defaulted: boolean;
}

export async function resolveRange(db: Db, query: RangeQuery): Promise<ResolvedRange> {
  let { from, to } = query;
  const defaulted = !from || !to;
  if (!from || !to) {
    const range = defaultRange(await dataExtent(db, query.tz), query.unit);
    from ??= to ? earlierDay(to, range.from) : range.from;
    to ??= laterDay(range.to, from);
  }
  return {
    unit: query.unit,
    timezone: query.tz,
    from,
    to,
    ...(query.source.length > 0 ? { sourceIds: query.source } : {}),
    defaulted,
  };
}

/** The range as the analytics functions take it (without our bookkeeping). */
export function seriesRange(range: ResolvedRange) {
  const { defaulted: _d, ...rest } = range;
  return rest;
}
