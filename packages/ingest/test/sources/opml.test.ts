// OPML subscription lists: feeds are read out of nested folders (each address once, with its
// title and folder), a non-OPML file is refused with a plain message, and a written list reads
// back as the same feeds.
import { describe, expect, it } from "vitest";
import { opmlDocument, parseOpmlFeeds, SourceParseError } from "../../src/sources/index.ts";

const FILE = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>My feeds</title></head><body>
  <outline text="World">
    <outline type="rss" text="BBC" title="BBC News – World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml" htmlUrl="https://www.bbc.co.uk/news/world"/>
    <outline type="rss" text="Guardian world" xmlUrl="https://www.theguardian.com/world/rss"/>
  </outline>
  <outline type="rss" text="  Ars   Technica " xmlUrl="https://feeds.arstechnica.com/arstechnica/index"/>
  <outline type="rss" text="BBC again" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
  <outline text="A folder without feeds"/>
</body></opml>`;

describe("OPML", () => {
  it("reads every feed once, with its title, site and folder", () => {
    expect(parseOpmlFeeds(FILE)).toEqual([
      {
        url: "https://feeds.bbci.co.uk/news/world/rss.xml",
        title: "BBC News – World",
        siteUrl: "https://www.bbc.co.uk/news/world",
        category: "World",
      },
      {
        url: "https://www.theguardian.com/world/rss",
        title: "Guardian world",
        siteUrl: null,
        category: "World",
      },
      {
        url: "https://feeds.arstechnica.com/arstechnica/index",
        title: "Ars Technica",
        siteUrl: null,
        category: null,
      },
    ]);
  });

  it("refuses a file that is not OPML", () => {
    expect(() => parseOpmlFeeds("<html><body>hello</body></html>")).toThrow(SourceParseError);
    expect(() => parseOpmlFeeds("not xml at all")).toThrow(/not an OPML file/);
  });

  it("writes a list that reads back as the same feeds", () => {
    const feeds = parseOpmlFeeds(FILE).map(({ category: _c, ...f }) => f);
    const written = opmlDocument("Tidemark feeds", feeds);
    expect(written).toContain("<title>Tidemark feeds</title>");
    expect(parseOpmlFeeds(written).map(({ category: _c, ...f }) => f)).toEqual(feeds);
  });
});
