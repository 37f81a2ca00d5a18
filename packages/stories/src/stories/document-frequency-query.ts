// Document frequencies of story keys. Counting an article in (the first time it is grouped)
// and reading happen in one upsert over the keys in ascending order, which also takes each key
// row's lock: two articles sharing a key are grouped one after the other, and the second sees
// the first's story. The row with key "" counts documents.
import type { Prisma } from "@tidemark/db";

export interface Frequencies {
  df: Map<string, number>;
  documents: number;
}

export async function countKeys(
  tx: Prisma.TransactionClient,
  keys: Iterable<string>,
  countArticle: boolean,
): Promise<Frequencies> {
  const sorted = [...new Set(["", ...keys])].sort();
  const inc = countArticle ? 1 : 0;
  const rows = await tx.$queryRaw<{ key: string; df: number }[]>`
    INSERT INTO story_term_df (key, df)
    SELECT k, ${inc}::int FROM unnest(${sorted}::text[]) AS k
    ON CONFLICT (key) DO UPDATE SET df = story_term_df.df + ${inc}::int
    RETURNING key, df`;
  const df = new Map(rows.map((r) => [r.key, r.df]));
  const documents = df.get("") ?? 0;
  df.delete("");
  return { df, documents };
}
