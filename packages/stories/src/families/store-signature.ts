// Replaces an article's stored signature and band keys (idempotent: a retry writes the same rows),
// in one statement: band keys no longer in the signature are deleted and the new ones added (the
// two never touch the same row, so they can share a statement).

import type { Prisma } from "@tidemark/db";
import { encodeSignature } from "@tidemark/neardup";
import { PARAMS_VERSION } from "../options.ts";
import type { TextSignature } from "./signature.ts";

export async function storeSignature(
  tx: Prisma.TransactionClient,
  articleId: string,
  contentHash: string,
  signed: TextSignature | null,
): Promise<void> {
  if (!signed) {
    await tx.$executeRaw`
      WITH bands AS (DELETE FROM article_minhash_bands WHERE article_id = ${articleId}::uuid)
      DELETE FROM article_minhash WHERE article_id = ${articleId}::uuid`;
    return;
  }
  const bytes = encodeSignature(signed.signature);
  await tx.$executeRaw`
    WITH stale AS (
      DELETE FROM article_minhash_bands
      WHERE article_id = ${articleId}::uuid AND band_key <> ALL(${signed.bandKeys}::bigint[])
    ), bands AS (
      INSERT INTO article_minhash_bands (band_key, article_id)
      SELECT k, ${articleId}::uuid FROM unnest(${signed.bandKeys}::bigint[]) AS k
      ON CONFLICT DO NOTHING
    )
    INSERT INTO article_minhash (article_id, signature, params, content_hash)
    VALUES (${articleId}::uuid, ${bytes}, ${PARAMS_VERSION}, ${contentHash})
    ON CONFLICT (article_id) DO UPDATE
      SET signature = EXCLUDED.signature, params = EXCLUDED.params, content_hash = EXCLUDED.content_hash`;
}
