// RSS 0.9x/2.0 and RSS 1.0 (RDF) items to RawEntry. RSS text fields are HTML in practice
// (CDATA, escaped markup), so titles and descriptions go through htmlToText.
import type { RdfFeed, RssFeed } from "feedsmith";
import { htmlToText } from "../shared/html-to-text.ts";
import { alternateLinks } from "./atom-links.ts";
import type { LinkCandidate, RawEntry, RawFeed } from "./types.ts";

type Rss = RssFeed.Feed<string>;
type RssItem = RssFeed.Item<string>;
type Rdf = RdfFeed.Feed<string>;
type RdfItem = RdfFeed.Item<string>;

export function mapRss(feed: Rss): RawFeed {
  return {
    format: "rss",
    title: textOrNull(feed.title),
    siteLink: feed.link ?? alternateLinks(feed.atom?.links)[0],
    entries: (feed.items ?? []).map(mapRssItem),
  };
}

function mapRssItem(item: RssItem): RawEntry {
  const links: LinkCandidate[] = [{ value: item.link, absoluteOnly: false }];
  // The RSS 2.0 spec makes a guid a permalink unless isPermaLink="false". Many feeds omit the
  // attribute on opaque ids, so a guid is only trusted when it is already an absolute URL.
  if (item.guid && item.guid.isPermaLink !== false)
    links.push({ value: item.guid.value, absoluteOnly: true });
  for (const href of alternateLinks(item.atom?.links)) links.push({ value: href, absoluteOnly: false });
  return {
    links,
    title: textOrNull(item.title),
    published: item.pubDate ?? item.dc?.dates?.[0] ?? item.dcterms?.issued?.[0],
    updated: item.dcterms?.modified?.[0] ?? item.atom?.updated,
    authors: [
      ...(item.authors ?? []).map((person) => person.name ?? person.email),
      ...(item.dc?.creators ?? []),
    ],
    summary: textOrNull(item.description),
  };
}

export function mapRdf(feed: Rdf): RawFeed {
  return {
    format: "rss",
    title: textOrNull(feed.title),
    siteLink: feed.link,
    entries: (feed.items ?? []).map(mapRdfItem),
  };
}

function mapRdfItem(item: RdfItem): RawEntry {
  return {
    // rdf:about is the item's URI and, in practice, its permalink.
    links: [
      { value: item.link, absoluteOnly: false },
      { value: item.rdf?.about, absoluteOnly: true },
    ],
    title: textOrNull(item.title),
    published: item.dc?.dates?.[0] ?? item.dcterms?.issued?.[0],
    updated: item.dcterms?.modified?.[0],
    authors: item.dc?.creators ?? [],
    summary: textOrNull(item.description),
  };
}

function textOrNull(value: string | undefined): string | null {
  if (value === undefined) return null;
  return htmlToText(value) || null;
}
