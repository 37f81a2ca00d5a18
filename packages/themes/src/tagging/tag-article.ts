// Tagging one article with every live theme version: tokenise once, evaluate each compiled
// version, store hits with evidence and move the aggregates, all in one transaction.
//
// Two ways in. `tagArticle` is the tag job: it reads the text under the article's row lock and
// tags it. The ingest job tags the text it has just extracted inside the very transaction that
// stores it (`matchArticle` before the transaction, `writeArticleTags` inside it), so a new
// article costs one transaction and no second job.
import type { Db, Prisma } from "@tidemark/db";
import { prepareDocument } from "../query/index.ts";
import { compiledVersion } from "./compiled-versions.ts";
import { type LiveVersion, liveVersions } from "./live-versions.ts";
import { type HitChanges, type HitPair, writeHitPairs } from "./write-hit-pairs.ts";

export interface TagSummary extends HitChanges {
  versions: number;
  matched: number;
}

/** Every live version's verdict on a text (pure CPU: run it before opening a transaction). */
export function matchArticle(
  articleId: string,
  versions: readonly LiveVersion[],
  article: { title: string | null; text: string | null },
): HitPair[] {
  const doc = prepareDocument({ title: article.title ?? "", text: article.text ?? "" });
  return versions.map((v) => ({
    articleId,
    themeId: v.themeId,
    versionId: v.versionId,
    result: article.text === null ? null : compiledVersion(v.versionId, v.definition).match(doc),
  }));
}

/**
 * Writes `results` (from matchArticle on the text the article holds in this transaction) and
 * records that text as tagged. The caller's transaction must already hold the article's row lock
 * (the tag job reads the text FOR UPDATE; ingest has just written the row): the row and its hits
 * are then read in one statement, current. Lock order: the article row, then hits, then aggregates.
 */
export async function writeArticleTags(
  tx: Prisma.TransactionClient,
  articleId: string,
  results: readonly HitPair[],
): Promise<TagSummary> {
  const themeIds = [...new Set(results.filter((r) => r.result).map((r) => r.themeId))];
  const written = await writeHitPairs(tx, results, { rowsLocked: true });
  // Remember on the article's latest version which themes it hit (so the version history can say
  // which themes an edit made the article enter or leave), and that this text is tagged: one
  // statement for both.
  await tx.$executeRaw`
    WITH latest AS (
      UPDATE article_versions SET theme_ids = ${themeIds}::uuid[]
      WHERE id = (SELECT id FROM article_versions WHERE article_id = ${articleId}::uuid ORDER BY version DESC LIMIT 1)
    )
    UPDATE articles SET tagged_hash = content_hash WHERE id = ${articleId}::uuid`;
  return { ...written, versions: results.length, matched: results.filter((r) => r.result).length };
}

/**
 * Tags the article's current text. The text is read under the article's row lock, in the same
 * transaction that writes the hits and records `tagged_hash`, so a new text stored meanwhile is
 * never overwritten by hits of the old one, and a lost or stale tag job is found by comparing
 * `tagged_hash` with `content_hash`.
 */
export async function tagArticle(db: Db, articleId: string): Promise<TagSummary | null> {
  const versions = await liveVersions(db);
  return db.$transaction(
    async (tx) => {
      const [article] = await tx.$queryRaw<{ title: string | null; text: string | null }[]>`
        SELECT title, text FROM articles WHERE id = ${articleId}::uuid FOR UPDATE`;
      if (!article) return null;
      return writeArticleTags(tx, articleId, matchArticle(articleId, versions, article));
    },
    { timeout: 60_000 },
  );
}
