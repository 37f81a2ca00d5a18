// Replaces an article's stored story keys (idempotent).
import type { Prisma } from "@tidemark/db";
import type { WeightedKey } from "./story-terms.ts";

export async function storeStoryKeys(
  tx: Prisma.TransactionClient,
  articleId: string,
  at: Date,
  keys: readonly WeightedKey[],
): Promise<void> {
  await tx.$executeRaw`DELETE FROM article_story_keys WHERE article_id = ${articleId}::uuid`;
  if (keys.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO article_story_keys (article_id, key, weight, at)
    SELECT ${articleId}::uuid, k, w, ${at} FROM unnest(${keys.map((k) => k.key)}::text[], ${keys.map((k) => k.weight)}::float8[]) AS u(k, w)`;
}
