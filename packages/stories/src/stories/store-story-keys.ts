// Replaces an article's stored story keys (idempotent), in one statement: keys no longer salient
// are deleted and the others upserted (the two never touch the same row).
import type { Prisma } from "@tidemark/db";
import type { WeightedKey } from "./story-terms.ts";

export async function storeStoryKeys(
  tx: Prisma.TransactionClient,
  articleId: string,
  at: Date,
  keys: readonly WeightedKey[],
): Promise<void> {
  const names = keys.map((k) => k.key);
  await tx.$executeRaw`
    WITH stale AS (
      DELETE FROM article_story_keys WHERE article_id = ${articleId}::uuid AND key <> ALL(${names}::text[])
    )
    INSERT INTO article_story_keys (article_id, key, weight, at)
    SELECT ${articleId}::uuid, k, w, ${at} FROM unnest(${names}::text[], ${keys.map((k) => k.weight)}::float8[]) AS u(k, w)
    ON CONFLICT (article_id, key) DO UPDATE SET weight = EXCLUDED.weight, at = EXCLUDED.at`;
}
