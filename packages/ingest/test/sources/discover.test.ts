import { describe, expect, it } from "vitest";
import { CONVENTIONAL_FEED_PATHS, discoverFeeds } from "../../src/sources/feeds/discover.ts";
import { looksLikeFeed, sniffFeedFormat } from "../../src/sources/feeds/sniff.ts";

const page = (head: string) =>
  `<!doctype html><html><head><title>Site</title>${head}</head><body><p>Hi</p></body></html>`;

describe("discoverFeeds", () => {
  it("returns every declared feed, absolute, with titles and formats, in page order", () => {
    const html = page(`
      <link rel="stylesheet" href="/style.css">
      <link rel="alternate" type="application/rss+xml" title="Harbour &amp; Co &raquo; Feed" href="/feed/">
      <LINK REL="Alternate" TYPE="application/atom+xml; charset=utf-8" href="https://harbour.example/atom.xml">
      <link rel="alternate" type="application/feed+json" title="JSON" href="feed.json">
      <link rel="alternate" type="application/json" href="https://harbour.example/wp-json/wp/v2/pages/2">
      <link rel="alternate" type="application/json" title="Plain JSON feed" href="/feed.json?v=1">
      <link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="alternate" type="application/rss+xml" href="/feed/#dup">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">`);
    const feeds = discoverFeeds(html, "https://harbour.example/news/today");
    expect(feeds).toEqual([
      { url: "https://harbour.example/feed/", title: "Harbour & Co » Feed", format: "rss", guessed: false },
      { url: "https://harbour.example/atom.xml", title: null, format: "atom", guessed: false },
      { url: "https://harbour.example/news/feed.json", title: "JSON", format: "json", guessed: false },
      {
        url: "https://harbour.example/feed.json?v=1",
        title: "Plain JSON feed",
        format: "json",
        guessed: false,
      },
    ]);
  });

  it("honours <base href> when resolving", () => {
    const html = page(`<base href="https://cdn.harbour.example/site/">
      <link rel="alternate" type="application/rss+xml" href="rss.xml">`);
    expect(discoverFeeds(html, "https://harbour.example/")[0]?.url).toBe(
      "https://cdn.harbour.example/site/rss.xml",
    );
  });

  it("falls back to conventional paths on the page's origin, marked as guessed", () => {
    const feeds = discoverFeeds(
      page('<link rel="icon" href="/favicon.ico">'),
      "https://quiet.example/about/us",
    );
    expect(feeds.map((feed) => feed.url)).toEqual(
      CONVENTIONAL_FEED_PATHS.map((path) => `https://quiet.example${path}`),
    );
    expect(feeds.every((feed) => feed.guessed && feed.format === null)).toBe(true);
  });

  it("does not guess when at least one feed is declared", () => {
    const feeds = discoverFeeds(
      page('<link rel="alternate" type="application/atom+xml" href="/only.atom">'),
      "https://one.example/",
    );
    expect(feeds).toHaveLength(1);
    expect(feeds[0]?.guessed).toBe(false);
  });
});

describe("looksLikeFeed / sniffFeedFormat", () => {
  it("recognises RSS, Atom and RDF whatever the Content-Type says", () => {
    expect(
      sniffFeedFormat(
        "text/html",
        '\uFEFF<?xml version="1.0"?>\n<!-- hi --><rss version="2.0"><channel/></rss>',
      ),
    ).toBe("rss");
    expect(
      sniffFeedFormat(
        "text/xml",
        '<?xml-stylesheet href="s.xsl"?><feed xmlns="http://www.w3.org/2005/Atom"/>',
      ),
    ).toBe("atom");
    expect(
      sniffFeedFormat(
        "application/octet-stream",
        '<!DOCTYPE rdf:RDF [<!ENTITY x "y">]><rdf:RDF xmlns="http://purl.org/rss/1.0/"></rdf:RDF>',
      ),
    ).toBe("rss");
  });

  it("recognises JSON Feed by its version or by application/feed+json", () => {
    expect(
      sniffFeedFormat("application/json", '{"version": "https://jsonfeed.org/version/1.1", "items": []}'),
    ).toBe("json");
    expect(sniffFeedFormat("application/feed+json; charset=utf-8", '{"items": []}')).toBe("json");
    expect(sniffFeedFormat("application/json", '{"items": []}')).toBeNull();
  });

  it("tells HTML pages, sitemaps and other XML apart from feeds", () => {
    expect(looksLikeFeed("application/rss+xml", page(""))).toBe(false);
    expect(looksLikeFeed("text/html", "<html><body>rss</body></html>")).toBe(false);
    expect(
      looksLikeFeed("application/xml", '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>'),
    ).toBe(false);
    expect(looksLikeFeed("application/rdf+xml", '<rdf:RDF xmlns:rdf="x"><foaf:Person/></rdf:RDF>')).toBe(
      false,
    );
    expect(looksLikeFeed("text/plain", "just text <rss>")).toBe(false);
    expect(looksLikeFeed(null, "")).toBe(false);
  });
});
