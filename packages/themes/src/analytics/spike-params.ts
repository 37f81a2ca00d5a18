// Spike detection parameters: the series parameters plus the baseline and the thresholds.
// Defaults are explained in docs/themes.md, "Spikes".
import { z } from "zod";
import { type SeriesUnit, seriesParamsSchema } from "../series/params.ts";

export const spikeParamsSchema = seriesParamsSchema.and(
  z.object({
    /** Buckets in the baseline; for day buckets with `weekdayBaseline`, previous same weekdays. */
    baselineBuckets: z.number().int().min(1).max(60).optional(),
    /** Day buckets: compare a Monday with previous Mondays (weekday effects), not with yesterday. */
    weekdayBaseline: z.boolean().default(true),
    /** Fewest hits a bucket needs before it can be a spike, so tiny buckets never trigger. */
    minCount: z.number().int().min(1).max(1_000_000).default(5),
    /** Observed / expected at least this much: statistically clear but negligible rises are not news. */
    minRatio: z.number().min(1).max(1_000).default(1.5),
    /** Minimum score, −log10 of the one-sided Fisher exact p-value (3 ⇔ p ≤ 0.001). */
    threshold: z.number().min(0).max(1_000).default(3),
    /** Articles named per spike, best-scoring hits first. */
    articlesPerSpike: z.number().int().min(0).max(100).default(20),
  }),
);

export type SpikeParams = z.output<typeof spikeParamsSchema>;
export type SpikeParamsInput = z.input<typeof spikeParamsSchema>;

/**
 * Enough history to estimate a share from several buckets, short enough to follow slow drifts:
 * four same weekdays (four weeks), two weeks of consecutive days, eight weeks, six months.
 */
export function defaultBaselineBuckets(unit: SeriesUnit, weekdayBaseline: boolean): number {
  if (unit === "day") return weekdayBaseline ? 4 : 14;
  return unit === "week" ? 8 : 6;
}
