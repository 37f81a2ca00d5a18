// Articles extracted per second over the last few finished minutes, from ingest_minutes (a
// handful of rows; never the articles table).
import type { Db } from "@tidemark/db";

export async function recentIngestRate(db: Db, minutes = 5): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT coalesce(sum(extracted), 0)::int AS n FROM ingest_minutes
    WHERE minute >= date_trunc('minute', now()) - make_interval(mins => ${minutes})
      AND minute < date_trunc('minute', now())`;
  return (rows[0]?.n ?? 0) / (minutes * 60);
}
