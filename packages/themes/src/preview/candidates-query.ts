// Articles that might match a definition: every counted article whose prefilter vector satisfies
// the query's tsquery (a superset of the true matches), or every counted article when the query
// cannot be prefiltered. Ids come first, from the GIN index alone (no ORDER BY: with one, the
// planner walks the primary key and computes the vector for every row); texts are then read by id
// in chunks, so memory stays bounded however many articles match.
import type { Db } from "@tidemark/db";

export interface Candidate {
  id: string;
  title: string | null;
  text: string | null;
  /** ISO week start (Monday) of the article's date in the preview's time zone. */
  week: string;
  basis: "published" | "fetched";
  publishedAt: Date | null;
}

export async function candidateIds(db: Db, tsQuery: string | null): Promise<string[]> {
  const rows =
    tsQuery === null
      ? await db.$queryRaw<{ id: string }[]>`SELECT id FROM articles WHERE counted_hour IS NOT NULL`
      : await db.$queryRaw<{ id: string }[]>`
          SELECT id FROM articles
          WHERE tidemark_prefilter_vector(title, text) @@ to_tsquery('simple', ${tsQuery}) AND counted_hour IS NOT NULL`;
  return rows.map((r) => r.id);
}

export async function candidateDocuments(
  db: Db,
  ids: readonly string[],
  timezone: string,
): Promise<Candidate[]> {
  return db.$queryRaw<Candidate[]>`
    SELECT id, title, text, counted_basis::text AS basis, published_at AS "publishedAt",
           to_char(date_trunc('week', coalesce(published_at, fetched_at, created_at) AT TIME ZONE ${timezone}), 'YYYY-MM-DD') AS week
    FROM articles WHERE id = ANY(${[...ids]}::uuid[])
    ORDER BY id DESC`;
}

/** How many counted articles there are, for "matched X of Y". */
export async function countedArticles(db: Db): Promise<number> {
  const rows = await db.$queryRaw<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM articles WHERE counted_hour IS NOT NULL`;
  return rows[0]?.n ?? 0;
}
