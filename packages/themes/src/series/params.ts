// Series parameters, validated once at the edge (API, CLI). Unit and zone are then passed to SQL
// as bind parameters, never interpolated.
import { z } from "zod";
import { countUnitSchema } from "./count-unit.ts";
import { timeZoneSchema } from "./time-zone.ts";

export const SERIES_UNITS = ["day", "week", "month"] as const;
export type SeriesUnit = (typeof SERIES_UNITS)[number];

const MAX_BUCKETS: Record<SeriesUnit, number> = { day: 3_700, week: 1_000, month: 600 };

export const rangeSchema = z
  .object({
    unit: z.enum(SERIES_UNITS).default("week"),
    timezone: timeZoneSchema.default("UTC"),
    /** First local day included (YYYY-MM-DD). */
    from: z.iso.date(),
    /** Last local day included (YYYY-MM-DD). */
    to: z.iso.date(),
    sourceIds: z.array(z.uuid()).max(200).optional(),
  })
  .refine((p) => p.from <= p.to, { message: "`from` must not be after `to`", path: ["from"] })
  .refine((p) => bucketCount(p.from, p.to, p.unit) <= MAX_BUCKETS[p.unit], {
    message: "That range has too many buckets for this unit; pick a larger unit or a shorter range",
    path: ["unit"],
  });

export const seriesParamsSchema = z
  .object({
    themeIds: z.array(z.uuid()).min(1, "Pick at least one theme").max(30),
    /** Articles, distinct text families or distinct stories (see count-unit.ts). */
    count: countUnitSchema,
  })
  .and(rangeSchema);

export type RangeParams = z.output<typeof rangeSchema>;
export type SeriesParams = z.output<typeof seriesParamsSchema>;

function bucketCount(from: string, to: string, unit: SeriesUnit): number {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return unit === "day" ? days : unit === "week" ? Math.ceil(days / 7) + 1 : Math.ceil(days / 28) + 1;
}
