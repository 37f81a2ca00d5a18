// Links in feeds and sitemaps are often relative, padded with whitespace, or not web URLs at all
// (tag: URIs, mailto:, javascript:). Everything that leaves this module is an absolute http(s) URL
// that the intake can accept, plus the key used to spot the same article listed twice.
import { normalizeUrl } from "../../url/normalize-url.ts";

export interface ResolvedUrl {
  /** Absolute URL as the source gave it (the intake normalizes it again on arrival). */
  url: string;
  /** Normalized form (no fragment, no tracking parameters), for de-duplication only. */
  key: string;
}

// Same limit as normalizeUrl: longer URLs are junk, and the intake would refuse them anyway.
const MAX_URL_LENGTH = 4096;

/** Resolves `raw` against `base`; null when the result is not a fetchable http(s) URL. */
export function resolveHttpUrl(raw: string | null | undefined, base: string | null): ResolvedUrl | null {
  if (typeof raw !== "string") return null;
  const trimmed = raw.trim();
  if (trimmed === "") return null;
  // URL.canParse is in Node 20 (>= 19.9) and avoids using exceptions for ordinary bad input.
  if (!URL.canParse(trimmed, base ?? undefined)) return null;
  const url = new URL(trimmed, base ?? undefined);
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password || url.href.length > MAX_URL_LENGTH) return null;
  const href = url.href;
  // Fast path for the common case (sitemaps list tens of thousands of URLs): without a query
  // there are no tracking parameters, so normalizeUrl would only drop the fragment.
  if (url.search === "") {
    const hash = href.indexOf("#");
    return { url: href, key: hash === -1 ? href : href.slice(0, hash) };
  }
  const normalized = normalizeUrl(href);
  return normalized.ok ? { url: href, key: normalized.url } : null;
}

/** True for strings that parse as absolute http(s) URLs without a base. */
export function isAbsoluteHttpUrl(raw: string): boolean {
  return /^https?:\/\//i.test(raw.trim()) && resolveHttpUrl(raw, null) !== null;
}
