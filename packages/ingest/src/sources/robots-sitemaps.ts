// Sitemap discovery from robots.txt. "Sitemap:" lines are not part of any user-agent group
// (RFC 9309 section 2.2.4 leaves them to other specs; sitemaps.org says they may appear
// anywhere), so every such line counts regardless of where it sits in the file.
import { resolveHttpUrl } from "./shared/resolve-url.ts";

const SITEMAP_LINE = /^\s*sitemap\s*:\s*(\S+)/i;

/**
 * Absolute sitemap URLs listed in a robots.txt, in file order, without duplicates.
 * Relative values (not allowed, but seen) resolve against `baseUrl`, normally the robots.txt URL.
 */
export function sitemapsFromRobots(robotsTxt: string, baseUrl: string): string[] {
  const base = new URL(baseUrl).href;
  const found: string[] = [];
  const seen = new Set<string>();
  for (const line of robotsTxt.replace(/^\uFEFF/, "").split(/\r?\n|\r/)) {
    // "#" starts a comment; a sitemap URL never needs a fragment, so cutting there is safe.
    const match = SITEMAP_LINE.exec(line.split("#", 1)[0] ?? "");
    const resolved = resolveHttpUrl(match?.[1], base);
    if (!resolved || seen.has(resolved.key)) continue;
    seen.add(resolved.key);
    found.push(resolved.url);
  }
  return found;
}
