// @tidemark/ingest: turning a URL or a file into an article. Import the parts you need:
//   @tidemark/ingest/url        normalization and dedupe keys
//   @tidemark/ingest/fetch      the safe HTTP fetcher
//   @tidemark/ingest/extract    HTML → article
//   @tidemark/ingest/documents  plain text → article
//   @tidemark/ingest/sources    feeds and sitemaps
export { extractPlainText } from "./documents/index.ts";
export { EXTRACTOR_VERSION, type ExtractedArticle, extractArticle } from "./extract/index.ts";
export { createFetcher, FetchError, type FetchedPage, type Fetcher } from "./fetch/index.ts";
export { normalizeUrl, sourceDomainOf } from "./url/index.ts";
