// What the safe fetcher may accept when polling feeds and sitemaps (articles accept HTML only).
// HTML is accepted for feeds so a site address can be recognised and its feed discovered.
export const FEED_CONTENT_TYPES = [
  "application/rss+xml",
  "application/atom+xml",
  "application/rdf+xml",
  "application/feed+json",
  "application/json",
  "application/xml",
  "text/xml",
  "text/html",
  "application/xhtml+xml",
] as const;

export const SITEMAP_CONTENT_TYPES = [
  "application/xml",
  "text/xml",
  "text/plain",
  "application/gzip",
  "application/x-gzip",
  "application/rss+xml",
  "application/atom+xml",
] as const;

/** Sitemaps may be up to 50 MB uncompressed (sitemaps.org). */
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;
