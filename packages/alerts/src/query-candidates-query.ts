// One page of the articles a query rule reads next: counted articles stored (updated) after the
// rule's cursor and before `until`, in (updated_at, id) order, that satisfy the query's tsquery
// prefilter through the GIN index on `search_vector` (a superset of the true matches; no filter
// when the query cannot be prefiltered), from one outlet or a collection's outlets if asked.
import { type Db, Prisma } from "@tidemark/db";

export interface QueryCandidate {
  id: string;
  title: string | null;
  text: string | null;
  url: string;
  outlet: string | null;
  updatedAt: Date;
  /** The article's hour in the coverage series (counted_hour). */
  hour: Date;
}

export interface CandidatePageInput {
  tsQuery: string | null;
  /** Keyset cursor: read articles after (at, id). */
  after: { at: Date; id: string | null };
  until: Date;
  /** Only articles fetched (extracted) at or after this instant; null: any. */
  fetchedFrom: Date | null;
  sourceId: string | null;
  collectionId: string | null;
  limit: number;
}

const NIL_UUID = "00000000-0000-0000-0000-000000000000";

/** A query rule's outlet filter on articles `a`: one source, a collection's sources, or none. */
export function outletFilter(rule: { sourceId: string | null; collectionId: string | null }): Prisma.Sql {
  if (rule.sourceId) return Prisma.sql`AND a.source_id = ${rule.sourceId}::uuid`;
  if (rule.collectionId)
    return Prisma.sql`AND a.source_id IN (SELECT m.source_id FROM source_collection_members m WHERE m.collection_id = ${rule.collectionId}::uuid)`;
  return Prisma.empty;
}

export async function queryCandidatePage(db: Db, input: CandidatePageInput): Promise<QueryCandidate[]> {
  const prefilter =
    input.tsQuery === null
      ? Prisma.empty
      : Prisma.sql`AND a.search_vector @@ to_tsquery('simple', ${input.tsQuery})`;
  const outlet = outletFilter(input);
  const fetched = input.fetchedFrom
    ? Prisma.sql`AND coalesce(a.fetched_at, a.created_at) >= ${input.fetchedFrom}`
    : Prisma.empty;
  return db.$queryRaw<QueryCandidate[]>`
    SELECT a.id::text, a.title, a.text, coalesce(a.canonical_url, a.normalized_url) AS url,
           coalesce(s.name, s.domain) AS outlet, a.updated_at AS "updatedAt", a.counted_hour AS hour
    FROM articles a
    LEFT JOIN sources s ON s.id = a.source_id
    WHERE a.status IN ('extracted', 'gone') AND a.counted_hour IS NOT NULL AND a.duplicate_of_id IS NULL
      AND (a.updated_at, a.id) > (${input.after.at}, ${input.after.id ?? NIL_UUID}::uuid)
      AND a.updated_at <= ${input.until}
      ${fetched} ${prefilter} ${outlet}
    ORDER BY a.updated_at, a.id
    LIMIT ${input.limit}`;
}
