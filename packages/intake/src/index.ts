export { type EnqueueReport, enqueueIngest, type IngestReason } from "./enqueue.ts";
export { compactHints, type IntakeHints, intakeHintsSchema, isoDateHint } from "./hints.ts";
export * from "./history/index.ts";
export * from "./import/index.ts";
export { type ArticleCandidate, registerArticles } from "./register-articles.ts";
export { type IntakeOutcome, type IntakeSummary, summarize } from "./results.ts";
export { loadSeeds, readSeedManifest, type SeedManifest } from "./seeds.ts";
export { type DiscoveredUrl, submitDiscoveredUrls } from "./submit-discovered.ts";
export {
  type DocumentFormat,
  documentKeyUrl,
  type SubmittedDocument,
  submitDocuments,
} from "./submit-documents.ts";
export { MAX_URLS_PER_SUBMISSION, type SubmitResult, submitUrls } from "./submit-urls.ts";
