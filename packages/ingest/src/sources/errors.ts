// One error type for every way a feed or sitemap body can be rejected. The scheduler shows
// `message` to the user as-is, so messages are plain sentences; `code` is for branching.

export const SOURCE_PARSE_ERROR_CODES = [
  /** The body is not RSS, Atom or JSON Feed (often an HTML page). */
  "not_a_feed",
  /** The body is not a sitemap (XML urlset/sitemapindex, text list, or feed). */
  "not_a_sitemap",
  /** The body looks like XML but is broken. */
  "malformed",
  /** The body, or what it decompresses to, is larger than the allowed size. */
  "too_large",
  /** gzip data that cannot be decompressed, or gzip handed over as text. */
  "bad_compression",
  /** A user-supplied URL pattern that cannot be used. */
  "invalid_pattern",
] as const;

export type SourceParseErrorCode = (typeof SOURCE_PARSE_ERROR_CODES)[number];

export class SourceParseError extends Error {
  override readonly name = "SourceParseError";
  readonly code: SourceParseErrorCode;

  constructor(code: SourceParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
