// Feed and sitemap parsing and discovery: pure functions over bodies the caller has fetched.
export {
  SOURCE_PARSE_ERROR_CODES,
  SourceParseError,
  type SourceParseErrorCode,
} from "./errors.ts";
export { CONVENTIONAL_FEED_PATHS, type DiscoveredFeed, discoverFeeds } from "./feeds/discover.ts";
export { NOT_A_FEED_MESSAGE, parseFeed } from "./feeds/parse-feed.ts";
export { looksLikeFeed, sniffFeedFormat } from "./feeds/sniff.ts";
export type { FeedFormat, FeedItem, ParsedFeed } from "./feeds/types.ts";
export { type OpmlFeed, opmlDocument, parseOpmlFeeds } from "./opml.ts";
export { sitemapsFromRobots } from "./robots-sitemaps.ts";
export { parseFeedDate } from "./shared/parse-date.ts";
export { filterSitemapUrls, type SitemapFilterOptions, type SitemapFilterResult } from "./sitemaps/filter.ts";
export { DEFAULT_MAX_SITEMAP_BYTES, parseSitemap } from "./sitemaps/parse-sitemap.ts";
export type {
  ParsedSitemap,
  ParseSitemapOptions,
  SitemapFormat,
  SitemapRef,
  SitemapUrl,
} from "./sitemaps/types.ts";
export { compileUrlPattern, type UrlPattern } from "./sitemaps/url-pattern.ts";
