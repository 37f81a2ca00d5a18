// Time zones: validated against the IANA names this runtime knows, and classified by whether
// their UTC offset is a whole number of hours over a date range. Hourly aggregates bucket
// exactly in whole-hour zones; zones such as Asia/Kolkata (+05:30) are counted from the raw rows.
import { z } from "zod";

/**
 * Any zone the runtime's ICU data knows, including aliases: Intl.supportedValuesOf() lists only
 * canonical names, which on Node 20 are the old ones (Asia/Calcutta, not Asia/Kolkata).
 */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    // RangeError: not a time zone this runtime knows.
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isTimeZone, { message: "an IANA time zone name, e.g. Europe/Berlin or UTC" });

function offsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = name?.match(/GMT([+-])(\d{2}):(\d{2})/);
  if (!match) return 0; // "GMT" alone: offset zero
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/**
 * Whether the zone's offset is a whole number of hours throughout [from, to]. Offsets change at
 * most a few times a year, so sampling every week (and both ends) catches every fractional span.
 */
export function hasWholeHourOffsets(timeZone: string, from: Date, to: Date): boolean {
  const WEEK = 7 * 24 * 3600_000;
  for (let t = from.getTime(); t <= to.getTime() + WEEK; t += WEEK) {
    if (offsetMinutes(timeZone, new Date(Math.min(t, to.getTime()))) % 60 !== 0) return false;
  }
  return true;
}
