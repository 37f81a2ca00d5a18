// Telling a feed from a web page by looking at the start of the body, so the caller can accept
// "a feed URL or a site URL" in one field. The body decides: servers label feeds text/html,
// text/plain or application/octet-stream often enough that Content-Type is only a hint (used for
// JSON, where the body alone cannot always tell a JSON Feed from any other JSON).
import type { FeedFormat } from "./types.ts";

// Only the head of the document is inspected; a root element after this many characters of
// prolog (comments, doctype) is not something we want to treat as a feed anyway.
const PROLOG_SCAN_CHARS = 8192;

const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;
const RSS1_NAMESPACE = "purl.org/rss/1.0";

/** The feed format the body is in, or null when it is not a feed (HTML page, sitemap, other). */
export function sniffFeedFormat(contentType: string | null | undefined, body: string): FeedFormat | null {
  const text = body.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{")) {
    const mediaType = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
    return mediaType === "application/feed+json" || JSON_FEED_VERSION.test(text) ? "json" : null;
  }
  const root = rootElementName(text);
  if (root === "rss") return "rss";
  if (root === "feed") return "atom";
  if (root === "rdf" && text.slice(0, PROLOG_SCAN_CHARS * 4).includes(RSS1_NAMESPACE)) return "rss";
  return null;
}

/** True when the body is a feed this module can parse. */
export function looksLikeFeed(contentType: string | null | undefined, body: string): boolean {
  return sniffFeedFormat(contentType, body) !== null;
}

/** True when the body looks like an HTML page (for friendlier error messages). */
export function looksLikeHtml(body: string): boolean {
  const text = body.replace(/^\uFEFF/, "").trimStart();
  if (/^<!doctype\s+html/i.test(text)) return true;
  const root = rootElementName(text);
  return root === "html" || root === "head" || root === "body";
}

/**
 * Local name (prefix dropped, lowercase) of the first element, skipping the XML declaration,
 * processing instructions, comments and a doctype with or without an internal subset.
 */
export function rootElementName(text: string): string | null {
  let pos = 0;
  const limit = Math.min(text.length, PROLOG_SCAN_CHARS);
  while (pos < limit) {
    const next = text.indexOf("<", pos);
    if (next === -1 || next >= limit) return null;
    // Anything but whitespace before the first tag means this is not markup.
    if (text.slice(pos, next).trim() !== "") return null;
    if (text.startsWith("<?", next)) pos = endOf(text, "?>", next);
    else if (text.startsWith("<!--", next)) pos = endOf(text, "-->", next);
    else if (/^<!doctype/i.test(text.slice(next, next + 9))) pos = endOfDoctype(text, next);
    else {
      const match = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.slice(next, next + 200));
      return match?.[2] ? match[2].toLowerCase() : null;
    }
    if (pos === -1) return null;
  }
  return null;
}

function endOf(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  return end === -1 ? -1 : end + terminator.length;
}

function endOfDoctype(text: string, from: number): number {
  const close = text.indexOf(">", from);
  const bracket = text.indexOf("[", from);
  // An internal subset ("[ ... ]") may contain ">" characters of its own.
  if (bracket !== -1 && (close === -1 || bracket < close)) {
    const subsetEnd = text.indexOf("]", bracket);
    return subsetEnd === -1 ? -1 : endOf(text, ">", subsetEnd);
  }
  return close === -1 ? -1 : close + 1;
}
