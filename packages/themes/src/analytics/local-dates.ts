// Calendar arithmetic on local dates ("YYYY-MM-DD"). A local date has no time zone of its own, so
// it is safe to do the arithmetic on a UTC midnight; the zone only matters when SQL turns the
// date into instants. Bucket starts follow PostgreSQL's date_trunc (ISO weeks start on Monday).
import type { SeriesUnit } from "../series/params.ts";

function parse(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = parse(day);
  date.setUTCDate(date.getUTCDate() + days);
  return format(date);
}

export function addMonths(day: string, months: number): string {
  const date = parse(day);
  date.setUTCDate(1); // month arithmetic only ever starts from the 1st here, so no day overflow
  date.setUTCMonth(date.getUTCMonth() + months);
  return format(date);
}

/** Whole days from `from` to `to` inclusive. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000) + 1;
}

/** The label of the bucket that contains `day`, as `date_trunc(unit, day)` would give it. */
export function bucketStart(unit: SeriesUnit, day: string): string {
  if (unit === "day") return day;
  if (unit === "month") return `${day.slice(0, 7)}-01`;
  const weekday = (parse(day).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -weekday);
}

/** The start of the bucket `count` buckets before the one containing `day`. */
export function bucketsBefore(unit: SeriesUnit, day: string, count: number): string {
  const start = bucketStart(unit, day);
  if (unit === "day") return addDays(start, -count);
  if (unit === "week") return addDays(start, -7 * count);
  return addMonths(start, -count);
}
