// Sitemap bodies (XML urlset/sitemapindex, gzipped or not, plain-text URL lists, and RSS/Atom
// feeds, which the sitemap protocol also accepts) to ParsedSitemap.
import { SourceParseError } from "../errors.ts";
import { parseFeed } from "../feeds/parse-feed.ts";
import { rootElementName, sniffFeedFormat } from "../feeds/sniff.ts";
import { formatBytes, gunzipCapped, isGzip } from "./gzip.ts";
import { parseTextSitemap } from "./text-sitemap.ts";
import type { ParsedSitemap, ParseSitemapOptions } from "./types.ts";
import { parseXmlSitemap } from "./xml-sitemap.ts";

/** The sitemap protocol's own size limit for one file, uncompressed. */
export const DEFAULT_MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

// Sitemaps must be UTF-8 (sitemaps.org), so no charset sniffing; fatal:false turns stray bytes
// into U+FFFD instead of rejecting a whole file over one bad character.
const utf8 = new TextDecoder("utf-8");

/**
 * Parses a sitemap. Pass the raw bytes when you have them: gzip is detected by its magic bytes.
 *
 * @param sitemapUrl absolute URL the body was fetched from; relative <loc>s resolve against it.
 * @throws SourceParseError `not_a_sitemap`, `too_large`, `bad_compression` or (for feed bodies)
 *   `malformed`.
 */
export function parseSitemap(
  body: string | Buffer,
  sitemapUrl: string,
  options: ParseSitemapOptions = {},
): ParsedSitemap {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SITEMAP_BYTES;
  const base = new URL(sitemapUrl).href;
  const text = bodyText(body, maxBytes).replace(/^\uFEFF/, "");
  const trimmed = text.trimStart();

  if (!trimmed.startsWith("<")) {
    const parsed = parseTextSitemap(trimmed);
    // An error page or some other text file: not a single URL in it.
    if (parsed.urls.length === 0 && parsed.skipped > 0) throw notASitemap();
    return { kind: "urlset", format: "text", ...parsed };
  }

  const root = rootElementName(trimmed);
  if (root === "urlset" || root === "sitemapindex") {
    const parsed = parseXmlSitemap(trimmed, base, root);
    const counts = { format: "xml" as const, skipped: parsed.skipped, duplicates: parsed.duplicates };
    return parsed.kind === "index"
      ? { kind: "index", sitemaps: parsed.sitemaps, ...counts }
      : { kind: "urlset", urls: parsed.urls, ...counts };
  }
  if (sniffFeedFormat(null, trimmed) !== null) {
    const feed = parseFeed(trimmed, base);
    const urls = feed.items.map((item) => ({
      url: item.url,
      lastmod: item.updatedAt,
      publishedAt: item.publishedAt,
      title: item.title,
      publicationName: null,
    }));
    return { kind: "urlset", format: "feed", urls, skipped: feed.skipped, duplicates: feed.duplicates };
  }
  if (root === "html") {
    throw new SourceParseError("not_a_sitemap", "This is a web page, not a sitemap.");
  }
  throw notASitemap();
}

function bodyText(body: string | Buffer, maxBytes: number): string {
  if (typeof body === "string") {
    // Binary gzip that went through a text decoder is unrecoverable; say what to do instead.
    if (body.charCodeAt(0) === 0x1f && (body.charCodeAt(1) === 0x8b || body.charCodeAt(1) === 0xfffd)) {
      throw new SourceParseError(
        "bad_compression",
        "This sitemap is gzip-compressed but was passed as text; pass the raw bytes instead.",
      );
    }
    if (Buffer.byteLength(body, "utf8") > maxBytes) throw tooLarge(maxBytes);
    return body;
  }
  const bytes = isGzip(body) ? gunzipCapped(body, maxBytes) : body;
  if (bytes.length > maxBytes) throw tooLarge(maxBytes);
  return utf8.decode(bytes);
}

function tooLarge(maxBytes: number): SourceParseError {
  return new SourceParseError(
    "too_large",
    `This sitemap is larger than ${formatBytes(maxBytes)}, the most we accept.`,
  );
}

function notASitemap(): SourceParseError {
  return new SourceParseError(
    "not_a_sitemap",
    "This is not a sitemap (expected an XML sitemap, a sitemap index, or a list of URLs).",
  );
}
