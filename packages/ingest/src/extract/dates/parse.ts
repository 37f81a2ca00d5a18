// The one parser for machine-readable dates: page metadata (meta content, JSON-LD, datetime
// attributes), feeds (RFC 822, Atom/W3C) and sitemaps (W3C). ISO 8601 and its sloppy variants,
// RFC 822/2822 (named zones, two-digit years), compact YYYYMMDD, epoch seconds. Pages are read
// leniently (a value may carry trailing words, and free-text dates such as "9. Oktober 2020" are
// tried last, see text-patterns.ts); feeds and sitemaps strictly (the whole value must be a date).
import { type DateParts, makeDay } from "./parts.ts";
import { findTextDates } from "./text-patterns.ts";

const ISO =
  /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2})(?:(?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,](\d+))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?)?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?$/;
const RFC_822 =
  /^(?:[a-z]+\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,})\.?[\s-]+(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:([a-z]{1,5})|([+-]\d{2}:?\d{2}))?/i;
const RFC_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// RFC 822 named zones plus the handful of others seen in real feeds, as minutes east of UTC.
const NAMED_ZONES: Readonly<Record<string, number>> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
};

export interface ParseOptions {
  /**
   * Feed/sitemap mode: the whole value must be one date (no trailing words, no free text), an
   * impossible time makes the value invalid, a year or year-month alone is the first day, and an
   * unknown zone name is read as UTC.
   */
  readonly strict?: boolean;
}

interface Fields {
  readonly year: string | undefined;
  readonly month: string | undefined;
  readonly day: string | undefined;
  readonly hour?: string | undefined;
  readonly minute?: string | undefined;
  readonly second?: string | undefined;
  readonly fraction?: string | undefined;
  readonly zone?: string | undefined;
}

/** Parses a machine-readable date value (see ParseOptions for the feed/sitemap mode). */
export function parseDateValue(raw: string, options: ParseOptions = {}): DateParts | null {
  const strict = options.strict === true;
  const value = raw.trim();
  if (value === "") return null;
  const whole = (match: RegExpExecArray): boolean => !strict || match[0].trimEnd().length === value.length;
  const iso = ISO.exec(value);
  if (iso && whole(iso) && (strict || iso[3] !== undefined)) {
    const [, year, month, day, hour, minute, second, fraction, zone] = iso;
    return fromFields(
      { year, month: month ?? "1", day: day ?? "1", hour, minute, second, fraction, zone },
      strict,
    );
  }
  const compact = COMPACT.exec(value);
  if (compact) {
    const [, year, month, day, hour, minute, second, zone] = compact;
    return fromFields({ year, month, day, hour, minute, second, zone }, strict);
  }
  const rfc = RFC_822.exec(value);
  if (rfc && whole(rfc)) {
    const [, day, monthName, year, hour, minute, second, zoneName, zoneNumber] = rfc;
    const month = RFC_MONTHS.indexOf((monthName ?? "").slice(0, 3).toLowerCase()) + 1;
    if (month === 0) return null;
    // RFC 822 allowed two-digit years; RFC 1123 made them four. Pivot like most feed readers.
    const fullYear = year?.length === 2 ? String(Number(year) + (Number(year) < 50 ? 2000 : 1900)) : year;
    const zone = zoneNumber ?? zoneName;
    return fromFields({ year: fullYear, month: String(month), day, hour, minute, second, zone }, strict);
  }
  if (strict) return null;
  if (/^\d{10}$/.test(value)) return fromEpochSeconds(Number(value));
  return findTextDates(value)[0]?.parts ?? null;
}

function fromFields(fields: Fields, strict: boolean): DateParts | null {
  const parts = makeDay(Number(fields.year), Number(fields.month), Number(fields.day));
  if (parts === null || fields.hour === undefined || fields.minute === undefined) return parts;
  const time = {
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: fields.second === undefined ? 0 : Number(fields.second),
    ...(fields.fraction === undefined
      ? {}
      : { millisecond: Math.round(Number(`0.${fields.fraction}`) * 1000) }),
  };
  if (time.hour > 23 || time.minute > 59 || time.second > 60) return strict ? null : parts;
  const known = fields.zone === undefined ? undefined : parseZone(fields.zone);
  // A feed's unknown zone name falls back to UTC: the day is still right in most cases.
  const offsetMinutes = known ?? (strict ? 0 : undefined);
  return offsetMinutes === undefined ? { ...parts, time } : { ...parts, time, offsetMinutes };
}

function parseZone(zone: string): number | undefined {
  const upper = zone.toUpperCase();
  const named = NAMED_ZONES[upper];
  if (named !== undefined) return named;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (minutes > 14 * 60) return undefined;
  return match[1] === "-" ? -minutes : minutes;
}

function fromEpochSeconds(seconds: number): DateParts {
  const date = new Date(seconds * 1000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    time: { hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds() },
    offsetMinutes: 0,
  };
}
