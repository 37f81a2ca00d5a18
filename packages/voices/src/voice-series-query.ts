// Quotes per voice per UTC day, week or month (under the filters), for the given voices.
import { type Db, Prisma } from "@tidemark/db";
import { quoteInstant, type VoicesFilter, voicesWhere } from "./filters.ts";

export const SERIES_UNITS = ["day", "week", "month"] as const;
export type SeriesUnit = (typeof SERIES_UNITS)[number];

export interface VoiceSeriesPoint {
  voiceKey: string;
  bucket: string;
  quotes: number;
}

export async function voiceSeries(
  db: Db,
  filter: VoicesFilter,
  voiceKeys: readonly string[],
  unit: SeriesUnit,
): Promise<VoiceSeriesPoint[]> {
  if (voiceKeys.length === 0) return [];
  const rows = await db.$queryRaw<{ voice_key: string; bucket: string; quotes: number }[]>`
    SELECT q.voice_key,
           to_char(date_trunc(${unit}, ${quoteInstant} AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS bucket,
           count(*)::int AS quotes
    FROM article_quotes q JOIN articles a ON a.id = q.article_id
    WHERE ${voicesWhere(filter)} AND q.voice_key IN (${Prisma.join([...voiceKeys])})
    GROUP BY 1, 2 ORDER BY 2, 1`;
  return rows.map((r) => ({ voiceKey: r.voice_key, bucket: r.bucket, quotes: r.quotes }));
}
