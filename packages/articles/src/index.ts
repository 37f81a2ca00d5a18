// @tidemark/articles: the article lifecycle. The worker, the web app, the CLI and schedules all
// change articles through these functions, so the state machine (status.ts) holds everywhere.
export { beginAttempt, type ClaimedArticle } from "./begin-attempt.ts";
export { readStoredFilters, storedFilters } from "./bulk/bulk-action-filter.ts";
export {
  BULK_ACTION_KINDS,
  type BulkActionKind,
  type BulkActionView,
  FINISHED_STATUSES,
  listBulkActions,
  readBulkAction,
} from "./bulk/bulk-action-view.ts";
export { BULK_BATCH, type BulkPosition, type BulkRun, bulkBatches } from "./bulk/bulk-batches.ts";
export { type BulkDeleteReport, bulkDelete } from "./bulk/bulk-delete.ts";
export { type BulkReingestReport, bulkReingest } from "./bulk/bulk-reingest.ts";
export {
  type BulkActionRequest,
  bulkActionJobId,
  cancelBulkAction,
  requestBulkAction,
  wakeBulkAction,
} from "./bulk/request-bulk-action.ts";
export {
  type BulkActionOutcome,
  type BulkActionRunOptions,
  type BulkActionRunReport,
  noteBulkActionError,
  runBulkAction,
} from "./bulk/run-bulk-action.ts";
export { canonicalKey } from "./canonical.ts";
export { contentHash } from "./content-hash.ts";
export { deleteArticle } from "./delete-article.ts";
export { DELETE_BATCH, deleteArticles, deleteFileArticles } from "./delete-articles.ts";
export type { ObtainedDocument, Validators } from "./document.ts";
export { type ClassifiedFailure, classifyFailure, PipelineError } from "./failure.ts";
export { type ArticleCount, COUNT_CAP, cappedArticleCount } from "./list/capped-count.ts";
export { ArticleListError, type Cursor } from "./list/cursor.ts";
export { type ArticlePage, type ArticleRow, listArticles } from "./list/list-articles.ts";
export {
  ARTICLE_SORTS,
  type ArticleListFilters,
  type ArticleSort,
  articleConditions,
  type ResolvedFilters,
  whereClause,
} from "./list/list-filters-sql.ts";
export { type MergedArticle, mergeHints } from "./merge-hints.ts";
export { noteNotModified } from "./note-not-modified.ts";
export { type PendingIngest, pendingIngestPage, pendingTaggingPage } from "./pending.ts";
export { type ArticleDetailRow, loadArticleDetail } from "./read/article-detail.ts";
export { type ArticleStatusRow, articleStatuses, countByStatus } from "./read/article-statuses.ts";
export { type SnippetPart, searchSnippets, splitMarked } from "./read/search-snippets.ts";
export { type FailureContext, recordFailure, statusAfterFailure } from "./record-failure.ts";
export { type RefetchReport, requestRefetch } from "./request-refetch.ts";
export { resolveSource } from "./resolve-source.ts";
export {
  ARTICLE_STATUSES,
  canTransition,
  FINAL_STATUSES,
  INGEST_PENDING_STATUSES,
} from "./status.ts";
export { type StoredArticleRef, type StoreOutcome, storeExtraction } from "./store-extraction.ts";
export { toStoredDate } from "./stored-date.ts";
export { type WakeReport, wakeTagging } from "./wake-tagging.ts";
