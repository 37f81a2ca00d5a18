// A calendar date with optional time and offset, and its ISO 8601 rendering.

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Present only when the source gave a time of day. */
  readonly time?: {
    readonly hour: number;
    readonly minute: number;
    readonly second: number;
    /** Fraction of the second, when the source gave one (feeds keep it; page output does not). */
    readonly millisecond?: number;
  };
  /** Minutes east of UTC; present only when the source gave an offset or zone. */
  readonly offsetMinutes?: number;
}

/** A calendar day, or null when it does not exist (2021-02-30). */
export function makeDay(year: number, month: number, day: number): DateParts | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > daysInMonth ? null : { year, month, day };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

function formatDay(parts: DateParts): string {
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}

/**
 * ISO 8601 output: a full timestamp only when both the time and its offset are known. A time
 * without a zone cannot be placed on the timeline, so it degrades to the bare day rather than
 * pretending to be UTC.
 */
export function formatIso(parts: DateParts): string {
  const day = formatDay(parts);
  if (parts.time === undefined || parts.offsetMinutes === undefined) return day;
  const { hour, minute, second } = parts.time;
  const offset = parts.offsetMinutes;
  const zone =
    offset === 0
      ? "Z"
      : `${offset < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${day}T${pad(hour)}:${pad(minute)}:${pad(Math.min(second, 59))}${zone}`;
}

/** Milliseconds since epoch of the day's start (UTC), for range checks. */
export function dayValue(parts: DateParts): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day);
}

/** Earliest and latest years a feed or sitemap date may carry: outside them it is a placeholder. */
const MIN_UTC_YEAR = 1800;
const MAX_UTC_YEAR = 2200;

/**
 * The instant as an ISO 8601 UTC string ("2024-05-14T07:30:00.000Z"), for feed and sitemap dates.
 * A value without a time is midnight UTC; without a zone, UTC (the only choice that does not
 * depend on where the worker runs).
 */
export function toUtcIso(parts: DateParts): string | null {
  if (parts.year < MIN_UTC_YEAR || parts.year > MAX_UTC_YEAR) return null;
  const { hour = 0, minute = 0, second = 0, millisecond = 0 } = parts.time ?? {};
  const local = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    hour,
    minute,
    Math.min(second, 59),
    millisecond,
  );
  return new Date(local - (parts.offsetMinutes ?? 0) * 60_000).toISOString();
}
