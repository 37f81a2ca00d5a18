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

export async function tagArticle(db: Db, articleId: string): Promise<TagSummary | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { title: true, text: true },
  });
  if (!article) return null;
  const versions = await liveVersions(db);
  const doc = prepareDocument({ title: article.title ?? "", text: article.text ?? "" });
  const results: HitPair[] = versions.map((v) => ({
    articleId,
    themeId: v.themeId,
    versionId: v.versionId,
    result: article.text === null ? null : compiledVersion(v.versionId, v.definition).match(doc),
  }));
  const themeIds = [...new Set(results.filter((r) => r.result).map((r) => r.themeId))];
  const changes = await db.$transaction(async (tx) => {
    const written = await writeHitPairs(tx, results);
    // Remember on the article's latest version which themes it hit, so the version history can
    // say which themes an edit made the article enter or leave.
    await tx.$executeRaw`
      UPDATE article_versions SET theme_ids = ${themeIds}::uuid[]
      WHERE id = (SELECT id FROM article_versions WHERE article_id = ${articleId}::uuid ORDER BY version DESC LIMIT 1)`;
    return written;
  });
  return { ...changes, versions: versions.length, matched: results.filter((r) => r.result).length };
}
