export { applyArticleDelta, applyThemeDelta } from "./apply-delta.ts";
export { ALL_SOURCES, COUNTED_STATUSES, type CoverageKey, coverageKeyOf } from "./keys.ts";
export { type LockedArticle, lockArticle } from "./lock-article.ts";
export { rebuildCoverage } from "./rebuild.ts";
export { syncArticleCoverage, uncountArticle } from "./sync-article.ts";
