// "A feed URL, or a site URL": find the feed to poll. A feed answers as one; a web page is read
// for <link rel="alternate"> feeds, then the usual paths (/feed, /rss.xml, ...) are tried.
import { type Fetcher, isFetchError } from "@tidemark/ingest/fetch";
import { discoverFeeds, looksLikeFeed, parseFeed, SourceParseError } from "@tidemark/ingest/sources";
import { FEED_CONTENT_TYPES } from "./content-types.ts";

export class FeedNotFoundError extends Error {
  constructor(url: string) {
    super(`No RSS, Atom or JSON feed found at ${url} or linked from it.`);
    this.name = "FeedNotFoundError";
  }
}

export async function discoverFeedUrl(
  fetcher: Fetcher,
  url: string,
): Promise<{ feedUrl: string; title: string | null }> {
  const page = await fetcher.fetchPage(url, { allowedContentTypes: FEED_CONTENT_TYPES });
  if (looksLikeFeed(page.contentType, page.body))
    return { feedUrl: page.finalUrl, title: feedTitle(page.body, page.finalUrl) };
  const candidates = discoverFeeds(page.body, page.finalUrl);
  for (const candidate of candidates) {
    if (!candidate.guessed) {
      // The page's <link title> is often generic ("RSS"); the feed's own title names the outlet.
      const feed = await fetcher.fetchPage(candidate.url, { allowedContentTypes: FEED_CONTENT_TYPES });
      return {
        feedUrl: candidate.url,
        title: feedTitle(feed.body, feed.finalUrl) ?? cleanTitle(candidate.title),
      };
    }
    // Guessed paths are only a feed if they answer like one; a 404 or an HTML page means "not here".
    try {
      const probe = await fetcher.fetchPage(candidate.url, { allowedContentTypes: FEED_CONTENT_TYPES });
      if (looksLikeFeed(probe.contentType, probe.body))
        return { feedUrl: probe.finalUrl, title: feedTitle(probe.body, probe.finalUrl) };
    } catch (error) {
      if (!isFetchError(error)) throw error;
    }
  }
  throw new FeedNotFoundError(url);
}

function cleanTitle(title: string | null | undefined): string | null {
  const t = title?.replace(/\s+/g, " ").trim();
  return t ? t.slice(0, 120) : null;
}

/** The feed's own title, or null when it has none or does not parse (the poll will say why). */
function feedTitle(body: string, url: string): string | null {
  try {
    return cleanTitle(parseFeed(body, url).title);
  } catch (error) {
    if (error instanceof SourceParseError) return null;
    throw error;
  }
}
