// The shape every feed format is reduced to. Only what the intake and the source list need:
// a URL per item, plus title/dates/authors/summary for display before the article is fetched.

export type FeedFormat = "rss" | "atom" | "json";

export interface FeedItem {
  /** Absolute http(s) URL of the article: item link, else permalink guid/id, else Atom alternate. */
  url: string;
  title: string | null;
  /** ISO 8601 (UTC), or null when missing or unparseable. */
  publishedAt: string | null;
  /** ISO 8601 (UTC), or null. Atom entries often have only this; callers may fall back to it. */
  updatedAt: string | null;
  /** Distinct author names (or e-mail addresses when no name is given), in feed order. */
  authors: string[];
  /** Plain-text summary, at most 1000 characters, or null. */
  summary: string | null;
}

export interface ParsedFeed {
  /** RSS 0.9x/1.0 (RDF)/2.0 all report "rss". */
  format: FeedFormat;
  title: string | null;
  /** The site the feed belongs to (absolute), when the feed declares one. */
  siteUrl: string | null;
  /** Items in feed order, first occurrence of each URL kept. */
  items: FeedItem[];
  /** Items dropped because they had no usable http(s) URL. */
  skipped: number;
  /** Items dropped because an earlier item had the same (normalized) URL. */
  duplicates: number;
}

/** A URL the item offers, in preference order. Guids/ids count only when already absolute. */
export interface LinkCandidate {
  value: string | undefined;
  absoluteOnly: boolean;
}

/** One item as read from the source format, before URL resolution and date parsing. */
export interface RawEntry {
  links: LinkCandidate[];
  title: string | null;
  published: string | undefined;
  updated: string | undefined;
  authors: Array<string | undefined>;
  summary: string | null;
}

export interface RawFeed {
  format: FeedFormat;
  title: string | null;
  siteLink: string | undefined;
  entries: RawEntry[];
}
