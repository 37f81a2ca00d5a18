export { compiledVersion } from "./compiled-versions.ts";
export { evidenceJson, type StoredEvidence } from "./evidence-json.ts";
export { type LiveVersion, liveVersions } from "./live-versions.ts";
export { type TagSummary, tagArticle } from "./tag-article.ts";
export { type HitChanges, type HitPair, writeHitPairs } from "./write-hit-pairs.ts";
