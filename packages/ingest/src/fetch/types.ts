// The fetcher's public shapes: what a fetch returns and what a caller may ask for.
import type { CharsetSource } from "./charset.ts";

export interface FetchPageOptions {
  /** Validators from the previous fetch; sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
  /**
   * Media types the caller will accept ("type/subtype" or "type/*"). Default: HTML and XHTML.
   * Feeds would pass e.g. ["application/rss+xml", "application/atom+xml", "application/xml",
   * "text/xml"]; adding "application/gzip" makes .xml.gz bodies come back inflated.
   */
  allowedContentTypes?: readonly string[];
  /** Overrides the fetcher's decompressed-size cap for this call (sitemaps may need more). */
  maxBytes?: number;
  signal?: AbortSignal;
}

export interface FetchedPage {
  requestedUrl: string;
  /** The URL that produced the body, after redirects. */
  finalUrl: string;
  /** Every redirect target followed, in order; the last one equals finalUrl. Empty if none. */
  redirects: string[];
  status: number;
  /** Lowercase media type without parameters, or null when the server sent none. */
  contentType: string | null;
  /** WHATWG encoding name used to decode `body`; null for 304. */
  charset: string | null;
  charsetSource: CharsetSource | null;
  /** Decoded text; "" when notModified. */
  body: string;
  /** Decompressed byte count of the body. */
  byteLength: number;
  etag: string | null;
  lastModified: string | null;
  /** True for 304 Not Modified: a successful "nothing changed", with no body. */
  notModified: boolean;
  fetchedAt: Date;
  durationMs: number;
  /** Of durationMs: time spent waiting for the host's politeness slot (every hop). */
  waitMs: number;
}
