// Signing an article and linking it to its text family, inside the caller's transaction (which
// holds the article's row lock). Lock order: band keys (ascending advisory locks), then family
// rows (by id). Copies of one text sign under the same band locks, so of two copies signed at
// once the second always sees the first: no check-then-act across transactions.

import { type Prisma, uuid7 } from "@tidemark/db";
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
  if (!familyId) {
    // A family of its own (the common case: no copy seen before). Nobody else can see the new row
    // yet, and its head is this article, so it needs neither a lock nor a refresh; an old family
    // the article leaves is refreshed, below, as in the general case.
    familyId = await startFamily(tx, article);
    if (previous) {
      await tx.$queryRaw`SELECT id FROM text_families WHERE id = ${previous}::uuid FOR UPDATE`;
      await refreshFamily(tx, previous);
    }
    return { familyId, matchedArticleId: null, similarity: null };
  }

  const touched = [...new Set([familyId, previous].filter((id): id is string => id !== null))].sort();
  await tx.$queryRaw`SELECT id FROM text_families WHERE id = ANY(${touched}::uuid[]) ORDER BY id FOR UPDATE`;
  await tx.$executeRaw`UPDATE articles SET family_id = ${familyId}::uuid, signed_hash = ${article.contentHash}
    WHERE id = ${article.id}::uuid`;
  for (const id of touched) await refreshFamily(tx, id);
  return { familyId, matchedArticleId: best?.articleId ?? null, similarity: best?.similarity ?? null };
}

/** Creates the article's own family and links the article to it, in one statement. */
async function startFamily(tx: Prisma.TransactionClient, article: FamilyArticle): Promise<string> {
  const familyId = uuid7();
  await tx.$executeRaw`
    WITH family AS (
      INSERT INTO text_families (id, head_article_id, first_seen_at, updated_at)
      VALUES (${familyId}::uuid, ${article.id}::uuid, ${article.instant}, now())
    )
    UPDATE articles SET family_id = ${familyId}::uuid, signed_hash = ${article.contentHash}
    WHERE id = ${article.id}::uuid`;
  return familyId;
}
