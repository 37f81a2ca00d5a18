// For definitions with an exact tsquery (see query/exact-tsquery.ts): matching articles in the
// sample counted per local ISO week and date basis by Postgres alone, and the newest few read for
// samples.
import type { Db } from "@tidemark/db";
import { type Candidate, sampleCondition } from "./candidates-query.ts";

export interface WeekCount {
  week: string;
  basis: "published" | "fetched";
  n: number;
}

export async function exactWeekCounts(
  db: Db,
  exactTsQuery: string,
  timezone: string,
  maxBucket: number,
): Promise<WeekCount[]> {
  return db.$queryRaw<WeekCount[]>`
    SELECT to_char(date_trunc('week', coalesce(published_at, fetched_at, created_at) AT TIME ZONE ${timezone}), 'YYYY-MM-DD') AS week,
           counted_basis::text AS basis, count(*)::int AS n
    FROM articles
    WHERE search_vector @@ to_tsquery('simple', ${exactTsQuery}) AND counted_hour IS NOT NULL ${sampleCondition(maxBucket)}
    GROUP BY 1, 2`;
}

export async function exactSamples(
  db: Db,
  exactTsQuery: string,
  timezone: string,
  limit: number,
  maxBucket: number,
): Promise<Candidate[]> {
  // MATERIALIZED keeps Postgres on the GIN (or sample) index; ORDER BY ... LIMIT on the outer
  // level would otherwise tempt it to walk the primary key and test every row.
  return db.$queryRaw<Candidate[]>`
    WITH matched AS MATERIALIZED (
      SELECT id FROM articles
      WHERE search_vector @@ to_tsquery('simple', ${exactTsQuery}) AND counted_hour IS NOT NULL ${sampleCondition(maxBucket)}
    )
    SELECT a.id, a.title, a.text, a.counted_basis::text AS basis, a.published_at AS "publishedAt",
           to_char(date_trunc('week', coalesce(a.published_at, a.fetched_at, a.created_at) AT TIME ZONE ${timezone}), 'YYYY-MM-DD') AS week
    FROM articles a
    WHERE a.id IN (SELECT id FROM matched ORDER BY id DESC LIMIT ${limit})
    ORDER BY a.id DESC`;
}
