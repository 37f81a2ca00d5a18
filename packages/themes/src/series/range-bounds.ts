// The UTC instants that bound a local-date range, and the bucket labels that cover it, computed
// by Postgres so SQL and labels agree on every DST rule.
import type { Db } from "@tidemark/db";
import type { RangeParams } from "./params.ts";

export interface RangeBounds {
  fromUtc: Date;
  toUtc: Date;
  /** Local start day of every bucket, in order (YYYY-MM-DD). */
  buckets: string[];
}

export async function rangeBounds(db: Db, p: RangeParams): Promise<RangeBounds> {
  const rows = await db.$queryRaw<{ from_utc: Date; to_utc: Date; buckets: string[] }[]>`
    SELECT (${p.from}::date::timestamp AT TIME ZONE ${p.timezone}) AS from_utc,
           ((${p.to}::date + 1)::timestamp AT TIME ZONE ${p.timezone}) AS to_utc,
           ARRAY(
             SELECT to_char(b, 'YYYY-MM-DD')
             FROM generate_series(date_trunc(${p.unit}, ${p.from}::date::timestamp),
                                  date_trunc(${p.unit}, ${p.to}::date::timestamp),
                                  ('1 ' || ${p.unit})::interval) AS b
           ) AS buckets`;
  const row = rows[0];
  if (!row) throw new Error("range query returned no row");
  return { fromUtc: row.from_utc, toUtc: row.to_utc, buckets: row.buckets };
}
