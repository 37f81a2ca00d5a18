// Tagging one article with every live theme version: tokenise once, evaluate each compiled
// version, store hits with evidence and move the aggregates, all in one transaction.
import type { Db } from "@tidemark/db";
import { prepareDocument } from "../query/index.ts";
import { compiledVersion } from "./compiled-versions.ts";
import { liveVersions } from "./live-versions.ts";
import { type HitChanges, type HitPair, writeHitPairs } from "./write-hit-pairs.ts";

export interface TagSummary extends HitChanges {
  versions: number;
  matched: number;
}

/**
 * Tags the article's current text. The text is read under the article's row lock, in the same
 * transaction that writes the hits and records `tagged_hash`, so a new text stored meanwhile is
 * never overwritten by hits of the old one, and a lost or stale tag job is found by comparing
 * `tagged_hash` with `content_hash`. Lock order: the article row, then hits, then aggregates.
 */
export async function tagArticle(db: Db, articleId: string): Promise<TagSummary | null> {
  const versions = await liveVersions(db);
  return db.$transaction(
    async (tx) => {
      const [article] = await tx.$queryRaw<{ title: string | null; text: string | null }[]>`
        SELECT title, text FROM articles WHERE id = ${articleId}::uuid FOR UPDATE`;
      if (!article) return null;
      const doc = prepareDocument({ title: article.title ?? "", text: article.text ?? "" });
      const results: HitPair[] = versions.map((v) => ({
        articleId,
        themeId: v.themeId,
        versionId: v.versionId,
        result: article.text === null ? null : compiledVersion(v.versionId, v.definition).match(doc),
      }));
      const themeIds = [...new Set(results.filter((r) => r.result).map((r) => r.themeId))];
      const written = await writeHitPairs(tx, results);
      // Remember on the article's latest version which themes it hit, so the version history can
      // say which themes an edit made the article enter or leave.
      await tx.$executeRaw`
        UPDATE article_versions SET theme_ids = ${themeIds}::uuid[]
        WHERE id = (SELECT id FROM article_versions WHERE article_id = ${articleId}::uuid ORDER BY version DESC LIMIT 1)`;
      await tx.$executeRaw`UPDATE articles SET tagged_hash = content_hash WHERE id = ${articleId}::uuid`;
      return { ...written, versions: versions.length, matched: results.filter((r) => r.result).length };
    },
    { timeout: 60_000 },
  );
}
