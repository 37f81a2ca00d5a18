// A theme's articles and all articles in a time window, from the hourly aggregates (never a scan of
// articles): both date bases, the all-sources rows.
import type { Db } from "@tidemark/db";

const ALL_SOURCES = "00000000-0000-0000-0000-000000000000";

export async function windowCounts(
  db: Db,
  themeId: string,
  from: Date,
  to: Date,
): Promise<{ hits: number; total: number }> {
  const [row] = await db.$queryRaw<{ hits: number; total: number }[]>`
    SELECT
      (SELECT coalesce(sum(c.articles), 0)::int FROM theme_coverage_hourly c
        JOIN themes t ON c.theme_version_id = t.series_version_id
        WHERE t.id = ${themeId}::uuid AND c.source_key = ${ALL_SOURCES}::uuid
          AND c.hour >= ${from} AND c.hour < ${to}) AS hits,
      (SELECT coalesce(sum(c.articles), 0)::int FROM coverage_hourly c
        WHERE c.source_key = ${ALL_SOURCES}::uuid AND c.hour >= ${from} AND c.hour < ${to}) AS total`;
  return row ?? { hits: 0, total: 0 };
}
