export {
  applyArticleDelta,
  applyArticleDeltas,
  applyThemeDelta,
  applyThemeDeltas,
  type ThemeDelta,
} from "./apply-delta.ts";
export { ALL_SOURCES, COUNTED_STATUSES, type CoverageKey, coverageKeyOf } from "./keys.ts";
export { type LockedArticle, lockArticle, lockArticles } from "./lock-article.ts";
export { type RebuildOptions, type RebuildSummary, rebuildCoverage } from "./rebuild.ts";
export { syncArticleCoverage, uncountArticle, uncountArticles } from "./sync-article.ts";
