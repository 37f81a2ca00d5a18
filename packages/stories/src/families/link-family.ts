// Signing an article and linking it to its text family, inside the caller's transaction (which
// holds the article's row lock). Lock order: band keys (ascending advisory locks), then family
// rows (by id). Copies of one text sign under the same band locks, so of two copies signed at
// once the second always sees the first: no check-then-act across transactions.

import type { Prisma } from "@tidemark/db";
import { decodeSignature, estimateJaccard } from "@tidemark/neardup";
import { NEARDUP } from "../options.ts";
import { bandCandidates } from "./band-candidates-query.ts";
import { lockBands } from "./lock-bands.ts";
import { refreshFamily } from "./refresh-family.ts";
import { signText } from "./signature.ts";
import { storeSignature } from "./store-signature.ts";

export interface FamilyArticle {
  id: string;
  text: string | null;
  contentHash: string;
  instant: Date;
  familyId: string | null;
}

export interface FamilyLink {
  familyId: string;
  /** The copy it matched, and their estimated Jaccard similarity; null for a new family. */
  matchedArticleId: string | null;
  similarity: number | null;
}

interface Match {
  articleId: string;
  familyId: string;
  similarity: number;
  instant: Date;
}

function better(a: Match, b: Match | null): boolean {
  if (!b) return true;
  if (a.similarity !== b.similarity) return a.similarity > b.similarity;
  return a.instant.getTime() < b.instant.getTime();
}

async function createFamily(tx: Prisma.TransactionClient, article: FamilyArticle): Promise<string> {
  const row = await tx.textFamily.create({
    data: { headArticleId: article.id, firstSeenAt: article.instant },
    select: { id: true },
  });
  return row.id;
}

export async function linkFamily(tx: Prisma.TransactionClient, article: FamilyArticle): Promise<FamilyLink> {
  const signed = signText(article.text);
  if (signed) await lockBands(tx, signed.bandKeys);
  await storeSignature(tx, article.id, article.contentHash, signed);

  let best: Match | null = null;
  if (signed) {
    for (const c of await bandCandidates(tx, article.id, signed.bandKeys)) {
      if (!c.familyId) continue;
      const similarity = estimateJaccard(signed.signature, decodeSignature(c.signature));
      if (similarity < NEARDUP.threshold) continue;
      const match = { articleId: c.articleId, familyId: c.familyId, similarity, instant: c.instant };
      if (better(match, best)) best = match;
    }
  }

  const previous = article.familyId;
  let familyId = best?.familyId ?? null;
  if (!familyId && previous) {
    // No copy found: keep the article's family if it is alone in it, else start its own.
    const [others] = await tx.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM articles WHERE family_id = ${previous}::uuid AND id <> ${article.id}::uuid`;
    if ((others?.n ?? 0) === 0) familyId = previous;
  }
  familyId ??= await createFamily(tx, article);

  const touched = [...new Set([familyId, previous].filter((id): id is string => id !== null))].sort();
  await tx.$queryRaw`SELECT id FROM text_families WHERE id = ANY(${touched}::uuid[]) ORDER BY id FOR UPDATE`;
  await tx.$executeRaw`UPDATE articles SET family_id = ${familyId}::uuid, signed_hash = ${article.contentHash}
    WHERE id = ${article.id}::uuid`;
  for (const id of touched) await refreshFamily(tx, id);
  return { familyId, matchedArticleId: best?.articleId ?? null, similarity: best?.similarity ?? null };
}
