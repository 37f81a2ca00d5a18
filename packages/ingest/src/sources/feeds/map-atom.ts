// Atom 0.3/1.0 entries to RawEntry. Atom says how its text is encoded (type="text|html|xhtml"),
// so unlike RSS we only strip markup when the feed says there is markup.
import type { AtomFeed } from "feedsmith";
import { collapseWhitespace, htmlToText } from "../shared/html-to-text.ts";
import { alternateLinks } from "./atom-links.ts";
import type { RawEntry, RawFeed } from "./types.ts";

type Atom = AtomFeed.Feed<string>;
type Entry = AtomFeed.Entry<string>;

export function mapAtom(feed: Atom): RawFeed {
  return {
    format: "atom",
    title: atomText(feed.title),
    siteLink: alternateLinks(feed.links)[0],
    entries: (feed.entries ?? []).map(mapEntry),
  };
}

function mapEntry(entry: Entry): RawEntry {
  return {
    links: [
      ...alternateLinks(entry.links).map((href) => ({ value: href, absoluteOnly: false })),
      // The id is often the permalink; like an RSS guid, trust it only when it is absolute.
      { value: entry.id, absoluteOnly: true },
    ],
    title: atomText(entry.title),
    published: entry.published,
    updated: entry.updated,
    authors: (entry.authors ?? []).map((person) => person.name ?? person.email),
    summary: atomText(entry.summary),
  };
}

function atomText(text: AtomFeed.Text | undefined): string | null {
  if (!text) return null;
  const type = text.type?.trim().toLowerCase();
  const plain = type === "html" || type === "xhtml" ? htmlToText(text.value) : collapseWhitespace(text.value);
  return plain || null;
}
