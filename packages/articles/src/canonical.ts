// Which URL identifies this article for dedupe once fetched: its declared canonical URL, else the
// URL it redirected to. Both are normalized like intake URLs.
import { normalizeUrl } from "@tidemark/ingest/url";

export function canonicalKey(
  declared: string | null,
  finalUrl: string | null,
  pageUrl: string,
): string | null {
  for (const candidate of [declared, finalUrl]) {
    if (!candidate) continue;
    const normalized = normalizeUrl(candidate);
    if (normalized.ok && isPlausibleCanonical(normalized.url, pageUrl)) return normalized.url;
  }
  return null;
}

/**
 * Some sites declare their home page as every article's canonical URL. Trusting that would merge
 * a whole site into one article, so a root canonical only counts for a page that is a root itself.
 */
function isPlausibleCanonical(canonical: string, pageUrl: string): boolean {
  const path = (url: string) => {
    try {
      return new URL(url).pathname;
    } catch {
      return "/";
    }
  };
  return path(canonical) !== "/" || path(pageUrl) === "/";
}
