// How big the corpus is, from the planner's statistics (pg_class.reltuples, kept by ANALYZE and
// autovacuum): no count of the articles table on a keystroke. Null before the first ANALYZE.
import type { Db } from "@tidemark/db";

export async function articleRowEstimate(db: Db): Promise<number | null> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'articles'::regclass`;
  const n = rows[0]?.n ?? -1;
  return n >= 0 ? n : null;
}
