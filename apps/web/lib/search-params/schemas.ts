// Zod building blocks for view state read from URLs (page search params and API query strings
// share them, so a dashboard link and an API call mean the same thing).
import { timeZoneSchema } from "@tidemark/themes/series";
import { z } from "zod";

export type RawParams = Record<string, string | string[] | undefined>;

/** Repeated keys (?theme=a&theme=b) or a comma list (?theme=a,b); empty values dropped. */
export function listParam<T extends z.ZodType>(item: T, max = 200) {
  return z.preprocess((value) => {
    if (value === undefined || value === null || value === "") return [];
    const values = Array.isArray(value) ? value : [value];
    return values
      .flatMap((v) => String(v).split(","))
      .map((v) => v.trim())
      .filter(Boolean);
  }, z.array(item).max(max));
}

/** A single value; when a key is repeated the last one wins. */
export function singleParam<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    const last = Array.isArray(value) ? value.at(-1) : value;
    return last === "" ? undefined : last;
  }, schema);
}

/** Dates a person could mean: years 1800–2200 (beyond them, date arithmetic overflows). */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;
export const localDate = z.iso.date({ message: "a date like 2024-03-31" }).refine(
  (d) => {
    const year = Number(d.slice(0, 4));
    return year >= MIN_YEAR && year <= MAX_YEAR;
  },
  { message: `a date between the years ${MIN_YEAR} and ${MAX_YEAR}` },
);
export const timeZoneParam = singleParam(timeZoneSchema.default("UTC"));

/** "true"/"1"/"on" → true; anything else → false. */
export const flagParam = singleParam(
  z
    .string()
    .optional()
    .transform((v) => v === "true" || v === "1" || v === "on"),
);

/** Next's searchParams object as URLSearchParams, for building links that keep the view. */
export function toSearchParams(raw: RawParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params;
}

/** The current params with some replaced (undefined or [] removes a key). */
export function withParams(raw: RawParams | URLSearchParams, changes: RawParams): string {
  const params = raw instanceof URLSearchParams ? new URLSearchParams(raw) : toSearchParams(raw);
  for (const [key, value] of Object.entries(changes)) {
    params.delete(key);
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
