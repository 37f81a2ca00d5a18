// Articles that might match a definition: every counted article whose stored search vector
// satisfies the query's tsquery (a superset of the true matches), or every counted article when
// the query cannot be prefiltered — within the sample buckets below `maxBucket`. Ids come first,
// from the indexes alone; texts are then read by id in chunks, so memory stays bounded however
// many articles match.
import { type Db, Prisma } from "@tidemark/db";
import { SAMPLE_BUCKETS } from "./sample.ts";

export interface Candidate {
  id: string;
  title: string | null;
  text: string | null;
  /** ISO week start (Monday) of the article's date in the preview's time zone. */
  week: string;
  basis: "published" | "fetched";
  publishedAt: Date | null;
}

export interface CandidateId {
  id: string;
  bucket: number;
}

export function sampleCondition(maxBucket: number): Prisma.Sql {
  return maxBucket >= SAMPLE_BUCKETS ? Prisma.empty : Prisma.sql`AND sample_bucket < ${maxBucket}`;
}

/** Candidates in bucket order, so a preview that runs out of time stops at a bucket boundary. */
export async function candidateIds(
  db: Db,
  tsQuery: string | null,
  maxBucket: number,
): Promise<CandidateId[]> {
  const sample = sampleCondition(maxBucket);
  return tsQuery === null
    ? db.$queryRaw<CandidateId[]>`
        SELECT id, sample_bucket AS bucket FROM articles WHERE counted_hour IS NOT NULL ${sample}`
    : db.$queryRaw<CandidateId[]>`
        SELECT id, sample_bucket AS bucket FROM articles
        WHERE search_vector @@ to_tsquery('simple', ${tsQuery}) AND counted_hour IS NOT NULL ${sample}`;
}

export async function candidateDocuments(
  db: Db,
  ids: readonly string[],
  timezone: string,
): Promise<Candidate[]> {
  return db.$queryRaw<Candidate[]>`
    SELECT id, title, text, counted_basis::text AS basis, published_at AS "publishedAt",
           to_char(date_trunc('week', coalesce(published_at, fetched_at, created_at) AT TIME ZONE ${timezone}), 'YYYY-MM-DD') AS week
    FROM articles WHERE id = ANY(${[...ids]}::uuid[])`;
}

/** Counted articles in the buckets below `maxBucket` (all of them when it is 65536). */
export async function countedArticles(db: Db, maxBucket: number): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM articles WHERE counted_hour IS NOT NULL ${sampleCondition(maxBucket)}`;
  return rows[0]?.n ?? 0;
}
