// All counted, dated articles per local ISO week (Monday start), from the hourly aggregates:
// the denominator of a preview's share of coverage.
import type { Db } from "@tidemark/db";
import { ALL_SOURCES } from "../coverage/keys.ts";

export async function weeklyTotals(db: Db, timezone: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ week: string; n: number }[]>`
    SELECT to_char(date_trunc('week', hour AT TIME ZONE ${timezone}), 'YYYY-MM-DD') AS week, sum(articles)::int AS n
    FROM coverage_hourly
    WHERE source_key = ${ALL_SOURCES}::uuid AND basis = 'published'
    GROUP BY 1`;
  return new Map(rows.filter((r) => r.n > 0).map((r) => [r.week, r.n]));
}
