// One page of a query's newest candidates (a saved search's feed): counted articles that satisfy
// the query's tsquery prefilter (GIN index on `search_vector`; every counted article when the
// query cannot be prefiltered) and the rule's outlet filter, newest first by when the article
// happened (publication, else fetch), keyset-paged by (that time, id).
import { type Db, Prisma } from "@tidemark/db";
import { outletFilter } from "./query-candidates-query.ts";

export interface RecentCandidate {
  id: string;
  title: string | null;
  text: string | null;
  url: string;
  outlet: string | null;
  authors: string[];
  at: Date;
  updatedAt: Date;
}

export async function recentCandidatePage(
  db: Db,
  input: {
    tsQuery: string | null;
    sourceId: string | null;
    collectionId: string | null;
    before: { at: Date; id: string } | null;
    limit: number;
  },
): Promise<RecentCandidate[]> {
  const prefilter =
    input.tsQuery === null
      ? Prisma.empty
      : Prisma.sql`AND a.search_vector @@ to_tsquery('simple', ${input.tsQuery})`;
  const before = input.before
    ? Prisma.sql`AND (coalesce(a.published_at, a.fetched_at, a.created_at), a.id) < (${input.before.at}, ${input.before.id}::uuid)`
    : Prisma.empty;
  return db.$queryRaw<RecentCandidate[]>`
    SELECT a.id::text, a.title, a.text, coalesce(a.canonical_url, a.normalized_url) AS url,
           coalesce(s.name, s.domain) AS outlet, a.authors,
           coalesce(a.published_at, a.fetched_at, a.created_at) AS at, a.updated_at AS "updatedAt"
    FROM articles a
    LEFT JOIN sources s ON s.id = a.source_id
    WHERE a.counted_hour IS NOT NULL AND a.duplicate_of_id IS NULL
      ${prefilter} ${outletFilter(input)} ${before}
    ORDER BY coalesce(a.published_at, a.fetched_at, a.created_at) DESC, a.id DESC
    LIMIT ${input.limit}`;
}
