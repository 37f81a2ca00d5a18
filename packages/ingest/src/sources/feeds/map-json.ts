// JSON Feed 1.0/1.1 items to RawEntry. JSON Feed text fields are plain text by spec, so they are
// only whitespace-collapsed; feedsmith already folds the 1.0 `author` object into `authors`.
import type { JsonFeed } from "feedsmith";
import { collapseWhitespace } from "../shared/html-to-text.ts";
import type { RawEntry, RawFeed } from "./types.ts";

type Json = JsonFeed.Feed<string>;
type Item = JsonFeed.Item<string>;

export function mapJson(feed: Json): RawFeed {
  return {
    format: "json",
    title: plain(feed.title),
    siteLink: feed.home_page_url,
    entries: (feed.items ?? []).map(mapItem),
  };
}

function mapItem(item: Item): RawEntry {
  return {
    links: [
      { value: item.url, absoluteOnly: false },
      // `id` is the guid equivalent (often the permalink); `external_url` is the page a link-blog
      // post points at, the best remaining guess for what the item is about.
      { value: item.id, absoluteOnly: true },
      { value: item.external_url, absoluteOnly: false },
    ],
    title: plain(item.title),
    published: item.date_published,
    updated: item.date_modified,
    authors: (item.authors ?? []).map((author) => author.name),
    summary: plain(item.summary),
  };
}

function plain(value: string | undefined): string | null {
  return value === undefined ? null : collapseWhitespace(value) || null;
}
