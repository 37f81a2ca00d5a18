// Signed articles sharing at least one band key with a signature (the LSH candidates), with
// their stored signatures and families, for verification in the application.
import type { Prisma } from "@tidemark/db";
import { instantOf } from "../instant.ts";
import { MAX_FAMILY_CANDIDATES, PARAMS_VERSION } from "../options.ts";

export interface BandCandidate {
  articleId: string;
  signature: Uint8Array;
  familyId: string | null;
  instant: Date;
}

export async function bandCandidates(
  db: Prisma.TransactionClient,
  articleId: string | null,
  sortedKeys: readonly bigint[],
): Promise<BandCandidate[]> {
  if (sortedKeys.length === 0) return [];
  const rows = await db.$queryRaw<
    { article_id: string; signature: Uint8Array; family_id: string | null; instant: Date }[]
  >`
    SELECT c.article_id::text, m.signature, a.family_id::text, ${instantOf("a")} AS instant
    FROM (SELECT DISTINCT b.article_id FROM article_minhash_bands b
          WHERE b.band_key = ANY(${[...sortedKeys]}::bigint[])
            AND b.article_id IS DISTINCT FROM ${articleId}::uuid
          LIMIT ${MAX_FAMILY_CANDIDATES}) c
    JOIN article_minhash m ON m.article_id = c.article_id AND m.params = ${PARAMS_VERSION}
    JOIN articles a ON a.id = c.article_id`;
  return rows.map((r) => ({
    articleId: r.article_id,
    signature: r.signature,
    familyId: r.family_id,
    instant: r.instant,
  }));
}
