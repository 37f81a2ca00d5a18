// Finding the feeds of a site from one of its HTML pages, so users can paste a site address.
// Declared feeds (<link rel="alternate" type="...">) are authoritative; the conventional paths are
// only offered when a page declares nothing, marked `guessed` so the caller fetches and checks
// them (with looksLikeFeed) before subscribing.
import { Parser } from "htmlparser2";
import { collapseWhitespace } from "../shared/html-to-text.ts";
import { resolveHttpUrl } from "../shared/resolve-url.ts";
import type { FeedFormat } from "./types.ts";

export interface DiscoveredFeed {
  /** Absolute http(s) URL. */
  url: string;
  /** The link's title attribute, e.g. "Example News » Comments Feed". */
  title: string | null;
  /** Format announced by the link's type; null for guessed candidates. */
  format: FeedFormat | null;
  /** True for conventional paths tried because the page declared no feed. */
  guessed: boolean;
}

const FEED_TYPES: Record<string, FeedFormat> = {
  "application/rss+xml": "rss",
  "application/rdf+xml": "rss",
  "application/atom+xml": "atom",
  "application/feed+json": "json",
  // Plain application/json is what some JSON Feed publishers declare, but WordPress also uses it
  // for every page's REST API twin; those are filtered out below.
  "application/json": "json",
};

/** Common feed locations (WordPress, Ghost, Jekyll, Hugo and most static site generators). */
export const CONVENTIONAL_FEED_PATHS = ["/feed", "/rss", "/feed.xml", "/rss.xml", "/atom.xml", "/index.xml"];

interface DeclaredLink {
  href: string;
  title: string | null;
  format: FeedFormat;
}

/** Feeds declared by an HTML page, or conventional guesses when it declares none. */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const { links, baseHref } = collectLinks(html);
  const page = new URL(pageUrl).href;
  // <base href> changes what relative links mean; it is itself relative to the page.
  const base = resolveHttpUrl(baseHref, page)?.url ?? page;

  const found: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const resolved = resolveHttpUrl(link.href, base);
    if (!resolved || seen.has(resolved.key)) continue;
    if (link.format === "json" && isWordPressApiUrl(resolved.url)) continue;
    seen.add(resolved.key);
    found.push({ url: resolved.url, title: link.title, format: link.format, guessed: false });
  }
  if (found.length > 0) return found;
  return guessFeeds(page);
}

function guessFeeds(pageUrl: string): DiscoveredFeed[] {
  const guesses: DiscoveredFeed[] = [];
  for (const path of CONVENTIONAL_FEED_PATHS) {
    const resolved = resolveHttpUrl(path, pageUrl);
    if (resolved) guesses.push({ url: resolved.url, title: null, format: null, guessed: true });
  }
  return guesses;
}

function collectLinks(html: string): { links: DeclaredLink[]; baseHref: string | null } {
  const links: DeclaredLink[] = [];
  let baseHref: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "base" && baseHref === null && attribs.href) baseHref = attribs.href;
        if (name !== "link" || !attribs.href) return;
        const rels = (attribs.rel ?? "").toLowerCase().split(/\s+/);
        if (!rels.includes("alternate")) return;
        const mediaType = (attribs.type ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
        const format = FEED_TYPES[mediaType];
        if (!format) return;
        const title = collapseWhitespace(attribs.title ?? "");
        links.push({ href: attribs.href, title: title || null, format });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { links, baseHref };
}

function isWordPressApiUrl(url: string): boolean {
  const parsed = new URL(url);
  return parsed.pathname.includes("/wp-json/") || parsed.searchParams.has("rest_route");
}
