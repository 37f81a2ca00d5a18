// JSON Feed 1.1 (https://jsonfeed.org/version/1.1) for a theme: the same entries as the Atom feed.
import type { FeedMeta } from "./atom";
import type { FeedEntry } from "./theme-feed-items";

export function jsonFeed(meta: FeedMeta, entries: readonly FeedEntry[]) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: meta.title,
    description: meta.description,
    home_page_url: meta.siteUrl,
    feed_url: meta.selfUrl,
    items: entries.map((e) => ({
      id: `urn:tidemark:article:${e.id}`,
      url: e.url,
      title: e.title,
      ...(e.evidence ? { summary: e.evidence, content_text: e.evidence } : { content_text: e.title }),
      date_published: e.publishedAt.toISOString(),
      date_modified: e.updatedAt.toISOString(),
      ...(e.authors.length > 0 || e.outlet
        ? { authors: (e.authors.length > 0 ? e.authors : [e.outlet as string]).map((name) => ({ name })) }
        : {}),
      ...(e.outlet ? { _tidemark: { outlet: e.outlet } } : {}),
    })),
  };
}
