// Date values as pages write them in machine-readable places (meta content, JSON-LD, datetime
// attributes): ISO 8601 and its sloppy variants, RFC 2822, compact YYYYMMDD, epoch seconds.
// Free-text dates ("9. Oktober 2020") are handled by text-patterns.ts.
import { type DateParts, makeDay } from "./parts.ts";
import { findTextDates } from "./text-patterns.ts";

const ISO =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?$/;
const RFC_2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UT|UTC|GMT|[ECMP][SD]T|[+-]\d{4})?)?/i;
const RFC_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const US_ZONES: Readonly<Record<string, number>> = {
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

/** Parses a machine-readable date value; falls back to the free-text patterns. */
export function parseDateValue(raw: string): DateParts | null {
  const value = raw.trim();
  if (value === "") return null;
  const iso = ISO.exec(value);
  if (iso) return fromMatch(iso[1], iso[2], iso[3], iso[4], iso[5], iso[6], iso[7]);
  const compact = COMPACT.exec(value);
  if (compact)
    return fromMatch(compact[1], compact[2], compact[3], compact[4], compact[5], compact[6], compact[7]);
  const rfc = RFC_2822.exec(value);
  if (rfc) {
    const month = RFC_MONTHS.indexOf((rfc[2] ?? "").toLowerCase()) + 1;
    if (month > 0) return fromMatch(rfc[3], String(month), rfc[1], rfc[4], rfc[5], rfc[6], rfc[7]);
  }
  if (/^\d{10}$/.test(value)) return fromEpochSeconds(Number(value));
  return findTextDates(value)[0]?.parts ?? null;
}

function fromMatch(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  zone: string | undefined,
): DateParts | null {
  const parts = makeDay(Number(year), Number(month), Number(day));
  if (parts === null || hour === undefined || minute === undefined) return parts;
  const time = {
    hour: Number(hour),
    minute: Number(minute),
    second: second === undefined ? 0 : Number(second),
  };
  if (time.hour > 23 || time.minute > 59 || time.second > 60) return parts;
  const offsetMinutes = zone === undefined ? undefined : parseZone(zone);
  return offsetMinutes === undefined ? { ...parts, time } : { ...parts, time, offsetMinutes };
}

function parseZone(zone: string): number | undefined {
  const upper = zone.toUpperCase();
  if (upper === "Z" || upper === "UT" || upper === "UTC" || upper === "GMT") return 0;
  const named = US_ZONES[upper];
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
