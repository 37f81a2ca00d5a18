// OPML, the format feed readers exchange subscriptions in: reading the feeds out of a file
// (nested folders flattened, the folder kept as a category) and writing a list of feeds.
import { generateOpml, parseOpml } from "feedsmith";
import { SourceParseError } from "./errors.ts";

export interface OpmlFeed {
  /** The feed's address (xmlUrl). */
  url: string;
  /** The outline's title or text, when it has one. */
  title: string | null;
  /** The site the feed belongs to (htmlUrl). */
  siteUrl: string | null;
  /** The folder the outline sat in, if any. */
  category: string | null;
}

type Outline = {
  text?: string;
  title?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outlines?: Outline[];
};

function clean(value: string | undefined): string | null {
  const v = value?.replace(/\s+/g, " ").trim();
  return v ? v : null;
}

/** Every outline with an xmlUrl, in document order, each address once. */
export function parseOpmlFeeds(xml: string): OpmlFeed[] {
  let document: { body?: { outlines?: Outline[] } };
  try {
    document = parseOpml(xml) as typeof document;
  } catch (error) {
    throw new SourceParseError("malformed", "This is not an OPML file (expected <opml><body><outline …>).", {
      cause: error,
    });
  }
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  const walk = (outlines: Outline[] | undefined, category: string | null) => {
    for (const outline of outlines ?? []) {
      const url = clean(outline.xmlUrl);
      if (url && !seen.has(url)) {
        seen.add(url);
        feeds.push({
          url,
          title: clean(outline.title) ?? clean(outline.text),
          siteUrl: clean(outline.htmlUrl),
          category,
        });
      }
      if (outline.outlines) walk(outline.outlines, clean(outline.title) ?? clean(outline.text) ?? category);
    }
  };
  walk(document.body?.outlines, null);
  return feeds;
}

/** An OPML 2.0 document listing the feeds. */
export function opmlDocument(title: string, feeds: readonly Omit<OpmlFeed, "category">[]): string {
  return generateOpml({
    head: { title, dateCreated: new Date() },
    body: {
      outlines: feeds.map((f) => ({
        type: "rss",
        text: f.title ?? f.url,
        ...(f.title ? { title: f.title } : {}),
        xmlUrl: f.url,
        ...(f.siteUrl ? { htmlUrl: f.siteUrl } : {}),
      })),
    },
  });
}
