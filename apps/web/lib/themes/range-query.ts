// Time-range view state shared by the theme, compare and overview pages and the analytics API:
// unit, time zone, local from/to dates or a quick rolling range, and sources. Missing dates
// default to everything there is data for (see data-range.ts); a missing unit follows the span.
import { collectionSourceIds } from "@tidemark/collections";
import type { Db } from "@tidemark/db";
import { type CountUnit, countUnitSchema, SERIES_UNITS, type SeriesUnit } from "@tidemark/themes/series";
import { z } from "zod";
import { earlierDay, laterDay } from "@/lib/dates/local-dates";
import { listParam, localDate, singleParam, timeZoneParam } from "@/lib/search-params/schemas";
import { dataExtent, quickRange, spanDays, unitForSpan } from "./data-range";
import { QUICK_RANGES, type QuickRange } from "./quick-ranges";

export const rangeQuerySchema = z.object({
  unit: singleParam(z.enum(SERIES_UNITS).optional()),
  tz: timeZoneParam,
  from: singleParam(localDate.optional()),
  to: singleParam(localDate.optional()),
  /** A rolling range ending at the latest day with data; explicit from/to win over it. */
  range: singleParam(z.enum(QUICK_RANGES, { message: `one of ${QUICK_RANGES.join(", ")}` }).optional()),
  source: listParam(z.uuid({ message: "a source id" }), 200),
  /** Source collections: their outlets join the sources above. */
  collection: listParam(z.uuid({ message: "a source collection id" }), 20),
  /** Count articles, distinct text families or distinct stories. */
  count: singleParam(countUnitSchema),
});

/**
 * Stands in for the outlets of collections that have none: a source id no row has, so an empty
 * collection counts nothing instead of falling back to "all sources".
 */
export const NO_SOURCE = "ffffffff-ffff-4fff-bfff-ffffffffffff";

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
  /** The collections asked for (their outlets are in sourceIds), and the sources asked for by id. */
  collectionIds?: string[];
  givenSourceIds?: string[];
  count: CountUnit;
  /** Whether from/to were filled in from the data rather than given. */
  defaulted: boolean;
  /** The rolling range the dates came from, when they came from one (or from the default, "all"). */
  quick?: QuickRange;
}

export async function resolveRange(db: Db, query: RangeQuery): Promise<ResolvedRange> {
  let { from, to } = query;
  const defaulted = !from || !to;
  let quick: QuickRange | undefined;
  if (!from || !to) {
    quick = from || to ? undefined : (query.range ?? "all");
    const range = quickRange(await dataExtent(db, query.tz), quick ?? "all");
    from ??= to ? earlierDay(to, range.from) : range.from;
    to ??= laterDay(range.to, from);
  }
  return {
    unit: query.unit ?? unitForSpan(spanDays(from, to)),
    timezone: query.tz,
    from,
    to,
    ...(await sourceScope(db, query)),
    count: query.count,
    defaulted,
    ...(quick ? { quick } : {}),
  };
}

/** The outlets a view covers: sources by id plus every outlet of the collections. */
async function sourceScope(db: Db, query: RangeQuery) {
  if (query.collection.length === 0) return query.source.length > 0 ? { sourceIds: query.source } : {};
  const members = await collectionSourceIds(db, query.collection);
  const sourceIds = [...new Set([...query.source, ...members])];
  return {
    sourceIds: sourceIds.length > 0 ? sourceIds : [NO_SOURCE],
    collectionIds: query.collection,
    givenSourceIds: query.source,
  };
}

/** The range as the analytics functions take it (without our bookkeeping). */
export function seriesRange(range: ResolvedRange) {
  const { defaulted: _d, collectionIds: _c, givenSourceIds: _g, quick: _q, ...rest } = range;
  return rest;
}
