// Extracting and storing one article's quotes, idempotently per content hash: under the article's
// row lock (the first lock in the global order), the text's quotes replace the stored ones and
// `quotes_hash` records which content they came from. A second run on the same content does
// nothing; a run on content that changed meanwhile stores the quotes of the text it read.
//
// Extraction is CPU work, so ingest runs it before the store transaction (`precomputed`, keyed by
// the content hash of the text it read); under the lock those rows are used only if the stored
// content is that same text, so no row lock is held while quotes are extracted.
import type { Db, Prisma } from "@tidemark/db";
import type { EntityMatcher } from "./entities.ts";
import { type QuoteRow, quoteRows } from "./quote-rows.ts";
import { replaceQuotes } from "./replace-quotes.ts";

/** Quote rows extracted ahead of the transaction, from the text whose content hash is given. */
export interface PrecomputedQuotes {
  contentHash: string;
  rows: QuoteRow[];
}

export type StoreQuotesResult =
  | { outcome: "stored"; quotes: number; attributed: number }
  | { outcome: "unchanged" }
  | { outcome: "no_text" }
  | { outcome: "missing" };

export async function storeArticleQuotes(
  db: Db,
  articleId: string,
  matchers: readonly EntityMatcher[],
  options: { force?: boolean } = {},
): Promise<StoreQuotesResult> {
  return db.$transaction(async (tx) => storeInTransaction(tx, articleId, matchers, options.force ?? false), {
    timeout: 60_000,
  });
}

export async function storeInTransaction(
  tx: Prisma.TransactionClient,
  articleId: string,
  matchers: readonly EntityMatcher[],
  force: boolean,
  precomputed?: PrecomputedQuotes,
): Promise<StoreQuotesResult> {
  const [article] = await tx.$queryRaw<
    { text: string | null; content_hash: string | null; quotes_hash: string | null }[]
  >`SELECT text, content_hash, quotes_hash FROM articles WHERE id = ${articleId}::uuid FOR UPDATE`;
  if (!article) return { outcome: "missing" };
  if (article.text === null || article.content_hash === null) {
    if (article.quotes_hash !== null) {
      await tx.articleQuote.deleteMany({ where: { articleId } });
      await tx.$executeRaw`UPDATE articles SET quotes_hash = NULL WHERE id = ${articleId}::uuid`;
    }
    return { outcome: "no_text" };
  }
  if (!force && article.quotes_hash === article.content_hash) return { outcome: "unchanged" };
  const rows =
    precomputed?.contentHash === article.content_hash ? precomputed.rows : quoteRows(article.text, matchers);
  await replaceQuotes(tx, articleId, article.content_hash, rows);
  return {
    outcome: "stored",
    quotes: rows.length,
    attributed: rows.filter((r) => r.voiceKey !== null).length,
  };
}
