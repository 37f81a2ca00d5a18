// The buckets of a range, computed once by Postgres so SQL and labels agree on every DST rule:
// each bucket's local start day (the label) and its start as a UTC instant (the edge). Counting
// queries then place rows with width_bucket(ts, edges) — a binary search per row instead of a time
// zone conversion per row.
import type { Db } from "@tidemark/db";
import type { RangeParams } from "./params.ts";

export interface RangeBounds {
  /** First instant in range (the `from` day's local midnight) and the first instant after it. */
  fromUtc: Date;
  toUtc: Date;
  /** Local start day of every bucket, in order (YYYY-MM-DD). */
  buckets: string[];
  /** UTC start of every bucket, plus the end of the last one (buckets.length + 1 edges). */
  edges: Date[];
}

export async function rangeBounds(
  db: Db,
  p: Pick<RangeParams, "unit" | "from" | "to" | "timezone">,
): Promise<RangeBounds> {
  const rows = await db.$queryRaw<{ from_utc: Date; to_utc: Date; buckets: string[]; edges: Date[] }[]>`
    WITH starts AS (
      SELECT s FROM generate_series(date_trunc(${p.unit}, ${p.from}::date::timestamp),
                                    date_trunc(${p.unit}, ${p.to}::date::timestamp) + ('1 ' || ${p.unit})::interval,
                                    ('1 ' || ${p.unit})::interval) AS s
    )
    SELECT (${p.from}::date::timestamp AT TIME ZONE ${p.timezone}) AS from_utc,
           ((${p.to}::date + 1)::timestamp AT TIME ZONE ${p.timezone}) AS to_utc,
           (SELECT array_agg(to_char(s, 'YYYY-MM-DD') ORDER BY s) FROM starts) AS buckets,
           (SELECT array_agg(s AT TIME ZONE ${p.timezone} ORDER BY s) FROM starts) AS edges`;
  const row = rows[0];
  if (!row) throw new Error("range query returned no row");
  // The last start is only the end edge of the last bucket, not a bucket of its own.
  return { fromUtc: row.from_utc, toUtc: row.to_utc, buckets: row.buckets.slice(0, -1), edges: row.edges };
}

/** The first instant of the `from` day and the first after the `to` day, in the zone. */
export async function localRangeInstants(
  db: Db,
  p: Pick<RangeParams, "from" | "to" | "timezone">,
): Promise<{ fromUtc: Date; toUtc: Date }> {
  const rows = await db.$queryRaw<{ from_utc: Date; to_utc: Date }[]>`
    SELECT (${p.from}::date::timestamp AT TIME ZONE ${p.timezone}) AS from_utc,
           ((${p.to}::date + 1)::timestamp AT TIME ZONE ${p.timezone}) AS to_utc`;
  const row = rows[0];
  if (!row) throw new Error("range query returned no row");
  return { fromUtc: row.from_utc, toUtc: row.to_utc };
}
