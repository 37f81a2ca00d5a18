// Crawling a sitemap: follow a sitemap index to its children (newest first, capped), collect URLs,
// filter them by date window and path pattern, cap them, and submit them through the intake.
import { filterSitemapUrls, parseSitemap, type SitemapUrl } from "@tidemark/ingest/sources";
import { submitDiscoveredUrls } from "@tidemark/intake";
import type { z } from "zod";
import type { sitemapParamsSchema } from "../input.ts";
import { SITEMAP_CONTENT_TYPES, SITEMAP_MAX_BYTES } from "./content-types.ts";
import { listedArticles, type RunContext, type RunResult } from "./context.ts";

/** Child sitemaps read per run; a news site's index can list thousands of archives. */
const MAX_SITEMAPS = 25;

export async function runSitemapCrawl(
  ctx: RunContext,
  params: z.output<typeof sitemapParamsSchema>,
): Promise<RunResult> {
  const since = params.sinceDays ? new Date(Date.now() - params.sinceDays * 86_400_000) : undefined;
  const pending = [params.url];
  const seen = new Set<string>();
  const urls: SitemapUrl[] = [];
  while (pending.length && seen.size < MAX_SITEMAPS) {
    const url = pending.shift() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    const page = await ctx.fetcher.fetchPage(url, {
      allowedContentTypes: SITEMAP_CONTENT_TYPES,
      maxBytes: SITEMAP_MAX_BYTES,
    });
    const sitemap = parseSitemap(page.body, page.finalUrl, { maxBytes: SITEMAP_MAX_BYTES });
    if (sitemap.kind === "urlset") {
      urls.push(...sitemap.urls);
      continue;
    }
    const children = sitemap.sitemaps
      .filter((child) => !since || !child.lastmod || new Date(child.lastmod) >= since)
      .sort((a, b) => (b.lastmod ?? "").localeCompare(a.lastmod ?? ""));
    pending.push(...children.map((child) => child.url));
  }
  const filtered = filterSitemapUrls(urls, {
    ...(since ? { since } : {}),
    keepUndated: params.keepUndated,
    ...(params.pattern ? { pattern: params.pattern } : {}),
    limit: params.limit,
  });
  const result = await submitDiscoveredUrls(
    ctx.db,
    ctx.producer,
    filtered.urls.map((u) => ({ url: u.url, title: u.title, publishedAt: u.publishedAt })),
    "sitemap",
  );
  const created = result.outcomes.filter((o) => o.outcome === "created").length;
  return {
    counts: {
      sitemaps: seen.size,
      found: urls.length,
      selected: filtered.urls.length,
      new: created,
      duplicate: result.outcomes.length - created,
      ...Object.fromEntries(Object.entries(filtered.dropped).map(([k, v]) => [`dropped_${k}`, v])),
    },
    articles: listedArticles(result.outcomes),
  };
}
