// Everything the article page shows: metadata with provenance, the text, each theme's hit with
// its evidence (from the version the theme's series count), and the stored versions — without
// their texts, which only a diff needs (version-pair-diff.ts reads two at a time).
import { type ArticleDetailRow, loadArticleDetail } from "@tidemark/articles";
import type { Db } from "@tidemark/db";
import type { StoredEvidence } from "@tidemark/themes/tagging";
import { cache } from "react";
import { readEvidence } from "./evidence";

export interface ArticleThemeHit {
  themeId: string;
  slug: string;
  name: string;
  color: string;
  version: number;
  /** True when this hit is from the version the theme's series show. */
  counted: boolean;
  score: number;
  mentions: number;
  titleMentions: number;
  evidence: StoredEvidence[];
}

type RawHit = ArticleDetailRow["themeHits"][number];

/** Cached per request (React cache): the page's metadata and the page itself read it once. */
export const articleDetail = cache(async (db: Db, id: string) => {
  const article = await loadArticleDetail(db, id);
  if (!article) return null;
  return { ...article, hits: pickHits(article.themeHits) };
});

/** One hit per theme: the series version's (what charts count), else the current version's. */
function pickHits(hits: readonly RawHit[]): ArticleThemeHit[] {
  const byTheme = new Map<string, RawHit>();
  for (const hit of hits) {
    const isSeries = hit.themeVersionId === hit.theme.seriesVersionId;
    const isCurrent = hit.themeVersionId === hit.theme.currentVersionId;
    if (!isSeries && !isCurrent) continue;
    const existing = byTheme.get(hit.themeId);
    if (!existing || isSeries) byTheme.set(hit.themeId, hit);
  }
  return [...byTheme.values()]
    .map((hit) => ({
      themeId: hit.themeId,
      slug: hit.theme.slug,
      name: hit.theme.name,
      color: hit.theme.color,
      version: hit.themeVersion.version,
      counted: hit.themeVersionId === hit.theme.seriesVersionId,
      score: hit.score,
      mentions: hit.mentions,
      titleMentions: hit.titleMentions,
      evidence: readEvidence(hit.evidence),
    }))
    .sort((a, b) => b.score - a.score);
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof articleDetail>>>;
