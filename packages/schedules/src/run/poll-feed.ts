// Polling a feed: a conditional GET (the feed's ETag/Last-Modified from the last run), then every
// item URL goes through the normal intake, deduped against everything already stored; item dates
// become a date-provenance fallback ("feed").
import { parseFeed } from "@tidemark/ingest/sources";
import { submitDiscoveredUrls } from "@tidemark/intake";
import type { z } from "zod";
import type { feedParamsSchema } from "../input.ts";
import { FEED_CONTENT_TYPES } from "./content-types.ts";
import { listedArticles, type RunContext, type RunResult } from "./context.ts";

export interface FeedState {
  etag?: string | null;
  lastModified?: string | null;
}

export async function runFeedPoll(
  ctx: RunContext,
  params: z.output<typeof feedParamsSchema>,
  state: FeedState,
): Promise<RunResult & { state: FeedState }> {
  const page = await ctx.fetcher.fetchPage(params.url, {
    allowedContentTypes: FEED_CONTENT_TYPES,
    etag: state.etag ?? null,
    lastModified: state.lastModified ?? null,
  });
  if (page.notModified) return { counts: { notModified: 1, found: 0, new: 0, duplicate: 0 }, state };
  const feed = parseFeed(page.body, page.finalUrl);
  const result = await submitDiscoveredUrls(
    ctx.db,
    ctx.producer,
    feed.items.map((item) => ({ url: item.url, title: item.title, publishedAt: item.publishedAt })),
    "feed",
  );
  const created = result.outcomes.filter((o) => o.outcome === "created").length;
  return {
    counts: {
      found: feed.items.length,
      new: created,
      duplicate: result.outcomes.length - created,
      skipped: feed.skipped,
    },
    articles: listedArticles(result.outcomes),
    state: { etag: page.etag, lastModified: page.lastModified },
  };
}
