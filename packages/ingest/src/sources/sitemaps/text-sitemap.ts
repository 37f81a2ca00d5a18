// Plain-text sitemaps: one absolute URL per line, UTF-8 (sitemaps.org "Text file" format).
// Lines that are not http(s) URLs are counted as skipped rather than failing the whole file.
import { resolveHttpUrl } from "../shared/resolve-url.ts";
import type { SitemapUrl } from "./types.ts";

export interface TextSitemap {
  urls: SitemapUrl[];
  skipped: number;
  duplicates: number;
}

export function parseTextSitemap(text: string): TextSitemap {
  const urls: SitemapUrl[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let duplicates = 0;
  for (const rawLine of text.split(/\r?\n|\r/)) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    // The format requires absolute URLs, so there is no base to resolve against.
    const resolved = /^https?:\/\//i.test(line) ? resolveHttpUrl(line, null) : null;
    if (!resolved) {
      skipped++;
      continue;
    }
    if (seen.has(resolved.key)) {
      duplicates++;
      continue;
    }
    seen.add(resolved.key);
    urls.push({ url: resolved.url, lastmod: null, publishedAt: null, title: null, publicationName: null });
  }
  return { urls, skipped, duplicates };
}
