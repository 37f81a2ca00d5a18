// Time zones: validated against the IANA names this runtime knows. Any zone is then counted from
// the quarter-hour and daily aggregates (see segments.ts).
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
