// Articles that might match a definition: every counted article whose prefilter vector satisfies
// the query's tsquery (a superset of the true matches, served by a GIN index), or every counted
// article when the query cannot be prefiltered. Read in id-ordered pages to bound memory.
import type { Db } from "@tidemark/db";

export interface Candidate {
  id: string;
  title: string | null;
  text: string | null;
  at: Date;
  basis: "published" | "fetched";
}

export async function candidatePage(
  db: Db,
  tsQuery: string | null,
  after: string | null,
  limit: number,
): Promise<Candidate[]> {
  const afterId = after ?? "00000000-0000-0000-0000-000000000000";
  if (tsQuery === null) {
    return db.$queryRaw<Candidate[]>`
      SELECT id, title, text, coalesce(published_at, fetched_at, created_at) AS at, counted_basis::text AS basis
      FROM articles
      WHERE counted_hour IS NOT NULL AND id > ${afterId}::uuid
      ORDER BY id LIMIT ${limit}`;
  }
  return db.$queryRaw<Candidate[]>`
    SELECT id, title, text, coalesce(published_at, fetched_at, created_at) AS at, counted_basis::text AS basis
    FROM articles
    WHERE counted_hour IS NOT NULL AND id > ${afterId}::uuid
      AND tidemark_prefilter_vector(title, text) @@ to_tsquery('simple', ${tsQuery})
    ORDER BY id LIMIT ${limit}`;
}

/** How many counted articles there are, for "matched X of Y". */
export async function countedArticles(db: Db): Promise<number> {
  const rows = await db.$queryRaw<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM articles WHERE counted_hour IS NOT NULL`;
  return rows[0]?.n ?? 0;
}
