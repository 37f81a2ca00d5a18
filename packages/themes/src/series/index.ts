export { COUNT_UNITS, type CountUnit, countUnitSchema } from "./count-unit.ts";
export { type CoverageSeries, coverageSeries, type ThemeSeries } from "./coverage-series.ts";
export {
  type RangeParams,
  rangeSchema,
  SERIES_UNITS,
  type SeriesParams,
  type SeriesUnit,
  seriesParamsSchema,
} from "./params.ts";
export { isTimeZone, timeZoneSchema } from "./time-zone.ts";
