// A feed as an HTTP answer: Atom 1.0 or JSON Feed 1.1, with its media type, cached briefly per
// reader (theme feeds and saved-search feeds alike).
import { NextResponse } from "next/server";
import { atomFeed, type FeedMeta } from "./atom";
import { jsonFeed } from "./json-feed";
import type { FeedEntry } from "./theme-feed-items";

export function feedResponse(format: "atom" | "json", meta: FeedMeta, entries: readonly FeedEntry[]) {
  if (format === "json")
    return NextResponse.json(jsonFeed(meta, entries), {
      headers: {
        "content-type": "application/feed+json; charset=utf-8",
        "cache-control": "private, max-age=60",
      },
    });
  return new NextResponse(atomFeed(meta, entries), {
    headers: {
      "content-type": "application/atom+xml; charset=utf-8",
      "cache-control": "private, max-age=60",
    },
  });
}
