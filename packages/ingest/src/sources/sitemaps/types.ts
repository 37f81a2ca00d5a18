// What a sitemap is reduced to: either a list of child sitemaps (index) or a list of page URLs.

export interface SitemapUrl {
  /** Absolute http(s) URL of the page. */
  url: string;
  /** <lastmod> as ISO 8601 (UTC), or null when missing or unparseable. */
  lastmod: string | null;
  /** <news:publication_date> as ISO 8601 (UTC), or null. */
  publishedAt: string | null;
  /** <news:title>, or null. */
  title: string | null;
  /** <news:publication><news:name>, or null. */
  publicationName: string | null;
}

export interface SitemapRef {
  /** Absolute http(s) URL of a child sitemap. */
  url: string;
  lastmod: string | null;
}

/** How the body was written: XML sitemap protocol, one URL per line, or an RSS/Atom feed. */
export type SitemapFormat = "xml" | "text" | "feed";

interface SitemapCounts {
  format: SitemapFormat;
  /** Entries dropped because they had no usable http(s) URL. */
  skipped: number;
  /** Entries dropped because the same (normalized) URL was listed earlier. */
  duplicates: number;
}

export type ParsedSitemap =
  | ({ kind: "index"; sitemaps: SitemapRef[] } & SitemapCounts)
  | ({ kind: "urlset"; urls: SitemapUrl[] } & SitemapCounts);

export interface ParseSitemapOptions {
  /**
   * Largest body accepted, in bytes, after gunzipping. Default 50 MiB, the sitemap protocol's own
   * limit. Guards against gzip bombs: decompression stops as soon as the cap is crossed.
   */
  maxBytes?: number;
}
