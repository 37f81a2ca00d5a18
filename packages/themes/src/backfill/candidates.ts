// Which articles a backfill reads. A definition the prefilter can express (`toTsQuery`) is run
// only over the counted articles whose stored `search_vector` satisfies it (a superset of the
// true matches, read through the GIN index); an article outside that set cannot match, and a new
// version has no hits to clear on it. A definition the prefilter cannot express (a CJK term, an OR
// branch with no indexable word, a bare NOT) reads every counted article, as before.
//
// Ids come in pages from the index alone, ordered by id so the keyset cursor (and a restarted
// job) resumes where it stopped; texts are then read by id, under row locks, batch by batch.
import { type Db, Prisma } from "@tidemark/db";
import { COUNTED_STATUSES } from "../coverage/keys.ts";
import { parseQuery, toTsQuery } from "../query/index.ts";

const COUNTED = [...COUNTED_STATUSES];

/** The prefilter of a saved definition, or null when every counted article must be read. */
export function backfillPrefilter(definition: string): string | null {
  const parsed = parseQuery(definition);
  return parsed.ok ? toTsQuery(parsed.ast) : null;
}

function filter(tsQuery: string | null): Prisma.Sql {
  return tsQuery === null ? Prisma.empty : Prisma.sql`AND search_vector @@ to_tsquery('simple', ${tsQuery})`;
}

/** How many articles the backfill will read (its progress total). */
export async function countCandidates(db: Db, tsQuery: string | null): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM articles
    WHERE status::text = ANY(${COUNTED}::text[]) AND duplicate_of_id IS NULL ${filter(tsQuery)}`;
  return rows[0]?.n ?? 0;
}

/** The next page of candidate ids after `cursor`, in id order. */
export async function candidateIdPage(
  db: Db,
  tsQuery: string | null,
  cursor: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM articles
    WHERE status::text = ANY(${COUNTED}::text[]) AND duplicate_of_id IS NULL ${filter(tsQuery)}
      ${cursor ? Prisma.sql`AND id > ${cursor}::uuid` : Prisma.empty}
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
