// @tidemark/stories: text families (near-duplicate copies, found by MinHash LSH in Postgres) and
// stories (articles from several outlets about one event), grouped after tagging.
export { bandCandidates } from "./families/band-candidates-query.ts";
export { type FamilyLink, linkFamily } from "./families/link-family.ts";
export { signText, type TextSignature } from "./families/signature.ts";
export { type GroupOutcome, groupArticle } from "./group-article.ts";
export { NEARDUP, PARAMS_VERSION, STORY_DEFAULTS, type StoryOptions } from "./options.ts";
export { pendingGroupingPage } from "./pending.ts";
export { type ArticleCopy, type ArticleGrouping, articleGrouping } from "./read/article-grouping.ts";
export {
  listStories,
  StoryCursorError,
  type StoryListParams,
  type StoryPage,
  type StoryRow,
  storyListSchema,
} from "./read/list-stories.ts";
export { type StoryDetail, type StoryMember, storyDetail } from "./read/story-detail.ts";
export { type RebuildProgress, rebuildGrouping } from "./rebuild.ts";
export type { StoryLink } from "./stories/assign-story.ts";
export { storyLabel } from "./stories/story-label.ts";
export { type GroupWakeReport, groupDedupeId, wakeGrouping } from "./wake-grouping.ts";
