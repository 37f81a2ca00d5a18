// Which articles a backfill reads. A definition the prefilter can express (`toTsQuery`) is run
// only over the counted articles whose stored `search_vector` satisfies it (a superset of the
// true matches, read through the GIN index); an article outside that set cannot match, and a new
// version has no hits to clear on it. A definition the prefilter cannot express (a CJK term, an OR
// branch with no indexable word, a bare NOT) reads every counted article, as before.
//
// Ids come in pages from the index alone, ordered by id so the keyset cursor (and a restarted
// job) resumes where it stopped; texts are then read by id, under row locks, batch by batch.
import { Prisma } from "@tidemark/db";
import { COUNTED_STATUSES } from "../coverage/keys.ts";
import { parseQuery, toTsQuery } from "../query/index.ts";

const COUNTED = [...COUNTED_STATUSES];

/** The client or a transaction: all these reads need is a raw query. */
type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

/** The prefilter of a saved definition, or null when every counted article must be read. */
export function backfillPrefilter(definition: string): string | null {
  const parsed = parseQuery(definition);
  return parsed.ok ? toTsQuery(parsed.ast) : null;
}

function filter(tsQuery: string | null): Prisma.Sql {
  return tsQuery === null ? Prisma.empty : Prisma.sql`AND search_vector @@ to_tsquery('simple', ${tsQuery})`;
}

/** How many articles the backfill will read (its progress total). */
export async function countCandidates(db: Reader, tsQuery: string | null): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM articles
    WHERE status::text = ANY(${COUNTED}::text[]) AND duplicate_of_id IS NULL ${filter(tsQuery)}`;
  return rows[0]?.n ?? 0;
}

/**
 * Upper id bounds that cut the candidates into `parts` ranges of (nearly) equal size, ascending:
 * part k covers ids after bound k-1 up to bound k. One pass over the candidate ids.
 */
export async function partBounds(db: Reader, tsQuery: string | null, parts: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ until: string }[]>`
    SELECT ((array_agg(id ORDER BY id DESC))[1])::text AS until FROM (
      SELECT id, ntile(${parts}::int) OVER (ORDER BY id) AS t FROM articles
      WHERE status::text = ANY(${COUNTED}::text[]) AND duplicate_of_id IS NULL ${filter(tsQuery)}
    ) c GROUP BY t ORDER BY t`;
  return rows.map((r) => r.until);
}

/** The next page of candidate ids after `cursor` and up to `until` (inclusive), in id order. */
export async function candidateIdPage(
  db: Reader,
  tsQuery: string | null,
  range: { cursor: string | null; until: string | null },
  limit: number,
): Promise<string[]> {
  const { cursor, until } = range;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM articles
    WHERE status::text = ANY(${COUNTED}::text[]) AND duplicate_of_id IS NULL ${filter(tsQuery)}
      ${cursor ? Prisma.sql`AND id > ${cursor}::uuid` : Prisma.empty}
      ${until ? Prisma.sql`AND id <= ${until}::uuid` : Prisma.empty}
    ORDER BY id LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/**
 * The texts of a batch of ids, locked (in the caller's transaction), re-checked as counted: an
 * article deleted or marked a duplicate since its id was read is skipped.
 */
export async function lockedBatch(
  tx: Prisma.TransactionClient,
  ids: readonly string[],
): Promise<{ id: string; title: string | null; text: string | null }[]> {
  return tx.$queryRaw`
    SELECT id::text, title, text FROM articles
    WHERE id = ANY(${[...ids]}::uuid[])
      AND status::text = ANY(${COUNTED}::text[]) AND duplicate_of_id IS NULL
    ORDER BY id FOR UPDATE`;
}
