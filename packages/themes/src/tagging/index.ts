export { compiledVersion } from "./compiled-versions.ts";
export { evidenceJson, type StoredEvidence } from "./evidence-json.ts";
export { type LiveVersion, liveVersions } from "./live-versions.ts";
export { matchArticle, type TagSummary, tagArticle, writeArticleTags } from "./tag-article.ts";
export { type HitChanges, type HitPair, writeHitPairs } from "./write-hit-pairs.ts";
