// Document frequencies of story keys. Counting an article in (the first time it is grouped)
// and reading happen in one upsert over the keys in ascending order, which also takes each key
// row's lock: two articles sharing a key are grouped one after the other, and the second sees
// the first's story.
//
// The number of documents is kept in DOCUMENT_SHARDS rows ("" and "#1" … "#7"), each article
// counted in the one its id hashes to. One row would be locked by every first grouping until its
// transaction ends, serialising all grouping on all workers though the count is only a weight;
// spread over eight rows, two articles wait on each other only when they share a real key (the
// serialisation that matters) or, one time in eight, a shard. The total is the article's own
// shard (current, under its lock) plus the others as last committed.
import type { Prisma } from "@tidemark/db";

export interface Frequencies {
  df: Map<string, number>;
  documents: number;
}

/** Not a key (keys start with "t:" or "e:", shards are "" or "#n"): the other shards' sum. */
const OTHER_SHARDS = "*others";

export const DOCUMENT_SHARDS = ["", "#1", "#2", "#3", "#4", "#5", "#6", "#7"] as const;

/** The document-count row an article is counted in (stable per article). */
export function documentShard(articleId: string): string {
  let h = 0;
  for (let i = 0; i < articleId.length; i += 1) h = (h * 31 + articleId.charCodeAt(i)) | 0;
  return DOCUMENT_SHARDS[Math.abs(h) % DOCUMENT_SHARDS.length] as string;
}

export async function countKeys(
  tx: Prisma.TransactionClient,
  articleId: string,
  keys: Iterable<string>,
  countArticle: boolean,
): Promise<Frequencies> {
  const shard = documentShard(articleId);
  const sorted = [...new Set([shard, ...keys])].sort();
  const others = DOCUMENT_SHARDS.filter((s) => s !== shard);
  const inc = countArticle ? 1 : 0;
  const rows = await tx.$queryRaw<{ key: string; df: number }[]>`
    WITH counted AS (
      INSERT INTO story_term_df (key, df)
      SELECT k, ${inc}::int FROM unnest(${sorted}::text[]) AS k
      ON CONFLICT (key) DO UPDATE SET df = story_term_df.df + ${inc}::int
      RETURNING key, df
    )
    SELECT key, df FROM counted
    UNION ALL
    SELECT ${OTHER_SHARDS}, coalesce(sum(df), 0)::int FROM story_term_df WHERE key = ANY(${others}::text[])`;
  const df = new Map(rows.map((r) => [r.key, r.df]));
  const documents = (df.get(shard) ?? 0) + (df.get(OTHER_SHARDS) ?? 0);
  for (const s of [shard, OTHER_SHARDS]) df.delete(s);
  return { df, documents };
}
