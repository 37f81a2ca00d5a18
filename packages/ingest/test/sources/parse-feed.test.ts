import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFeed } from "../../src/sources/feeds/parse-feed.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("parseFeed: RSS 2.0", () => {
  const feed = parseFeed(fixture("rss-relative-cdata.xml"), "https://feeds.feedhost.example/harbour");

  it("reads the channel and resolves relative links against the site, not the feed host", () => {
    expect(feed.format).toBe("rss");
    expect(feed.title).toBe("The Harbour Gazette & Times");
    expect(feed.siteUrl).toBe("https://www.harbour-gazette.example/");
    expect(feed.items.map((item) => item.url)).toEqual([
      "https://www.harbour-gazette.example/politics/2024/05/council-pier",
      "https://www.harbour-gazette.example/transport/ferry-timetable",
    ]);
  });

  it("turns CDATA/HTML titles and descriptions into plain text", () => {
    const [first] = feed.items;
    expect(first?.title).toBe("Council votes on new pier & marina");
    expect(first?.summary).toBe("The council voted 7–2 on Monday. Work starts in June.");
  });

  it("normalizes RFC 822 dates to UTC ISO and collects authors from author and dc:creator", () => {
    expect(feed.items[0]?.publishedAt).toBe("2024-05-14T07:30:00.000Z");
    expect(feed.items[0]?.authors).toEqual(["Ana Ruiz"]);
    expect(feed.items[1]?.publishedAt).toBe("2024-05-13T18:00:00.000Z");
    expect(feed.items[1]?.authors).toEqual(["Transport Desk"]);
    expect(feed.items[1]?.updatedAt).toBeNull();
  });

  it("skips items without a usable URL and counts them (a non-permalink guid does not count)", () => {
    expect(feed.skipped).toBe(1);
    expect(feed.duplicates).toBe(0);
  });
});

describe("parseFeed: guid and link precedence", () => {
  const rss = (items: string) =>
    `<rss version="2.0"><channel><title>T</title><link>https://site.example/</link>${items}</channel></rss>`;

  it("uses a guid only when it is a permalink and an absolute URL, and prefers <link>", () => {
    const feed = parseFeed(
      rss(`
        <item><guid isPermaLink="true">https://site.example/a</guid></item>
        <item><guid>https://site.example/b</guid></item>
        <item><guid isPermaLink="false">https://site.example/c</guid></item>
        <item><guid>12345</guid></item>
        <item><link>https://site.example/e-link</link><guid>https://site.example/e-guid</guid></item>
        <item><guid isPermaLink="true">mailto:desk@site.example</guid></item>`),
      "https://site.example/feed",
    );
    expect(feed.items.map((item) => item.url)).toEqual([
      "https://site.example/a",
      "https://site.example/b",
      "https://site.example/e-link",
    ]);
    expect(feed.skipped).toBe(3);
  });

  it("falls back to an atom:link alternate inside an RSS item", () => {
    const feed = parseFeed(
      `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title>
        <item><title>x</title><atom:link rel="alternate" href="/from-atom"/></item></channel></rss>`,
      "https://site.example/feed.xml",
    );
    expect(feed.items[0]?.url).toBe("https://site.example/from-atom");
  });

  it("resolves against the feed URL when the channel declares no site link", () => {
    const feed = parseFeed(
      `<rss version="2.0"><channel><title>T</title><item><link>story-1</link></item></channel></rss>`,
      "https://site.example/news/feed.xml",
    );
    expect(feed.siteUrl).toBeNull();
    expect(feed.items[0]?.url).toBe("https://site.example/news/story-1");
  });
});

describe("parseFeed: Atom", () => {
  const feed = parseFeed(fixture("atom-multiple-links.xml"), "https://reef.example/atom.xml");

  it("prefers the HTML alternate link among many, then an absolute URL id", () => {
    expect(feed.format).toBe("atom");
    expect(feed.siteUrl).toBe("https://reef.example/blog/");
    expect(feed.items.map((item) => item.url)).toEqual([
      "https://reef.example/blog/posts/coral-survey",
      "https://reef.example/posts/tides",
      "https://reef.example/posts/id-only",
    ]);
    expect(feed.skipped).toBe(1);
  });

  it("decodes html-typed text but leaves text-typed text literal", () => {
    expect(feed.title).toBe("Reef & Tide Blog");
    expect(feed.items[0]?.summary).toBe("Results from three reefs.");
    expect(feed.items[1]?.title).toBe("Tides <explained>");
  });

  it("keeps published and updated apart and reads all authors", () => {
    const [first, second] = feed.items;
    expect(first?.publishedAt).toBe("2024-05-14T07:00:00.000Z");
    expect(first?.updatedAt).toBe("2024-05-14T10:00:00.000Z");
    expect(first?.authors).toEqual(["Mia Chen", "Tom Okafor"]);
    expect(second?.publishedAt).toBeNull();
    expect(second?.updatedAt).toBe("2024-05-10T12:00:00.000Z");
  });
});

describe("parseFeed: JSON Feed", () => {
  it("reads a 1.1 feed with relative URLs and an id fallback", () => {
    const body = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "  Tide   Notes ",
      home_page_url: "https://notes.example/",
      items: [
        {
          id: "1",
          url: "/2024/05/first",
          title: "First",
          summary: "A short summary.",
          date_published: "2024-05-14T09:00:00-04:00",
          date_modified: "2024-05-15T00:00:00Z",
          authors: [{ name: "Lee" }, { name: "Lee" }, { url: "https://lee.example" }],
        },
        { id: "https://notes.example/2024/05/second", content_text: "No url field" },
        { id: "3", content_text: "Neither" },
      ],
    });
    const feed = parseFeed(body, "https://notes.example/feed.json");
    expect(feed.format).toBe("json");
    expect(feed.title).toBe("Tide Notes");
    expect(feed.items.map((item) => item.url)).toEqual([
      "https://notes.example/2024/05/first",
      "https://notes.example/2024/05/second",
    ]);
    expect(feed.items[0]).toMatchObject({
      title: "First",
      summary: "A short summary.",
      publishedAt: "2024-05-14T13:00:00.000Z",
      updatedAt: "2024-05-15T00:00:00.000Z",
      authors: ["Lee"],
    });
    expect(feed.skipped).toBe(1);
  });

  it("reads a feed that starts with a byte-order mark", () => {
    const body =
      '\uFEFF {"version":"https://jsonfeed.org/version/1.1","title":"B","items":[{"id":"1","url":"https://b.example/1"}]}';
    expect(parseFeed(body, "https://b.example/feed.json").items[0]?.url).toBe("https://b.example/1");
  });

  it("reads the 1.0 singular author field", () => {
    const body = `{"version":"https://jsonfeed.org/version/1","title":"J","items":[
      {"id":"a","url":"https://j.example/a","author":{"name":"Old Style"}}]}`;
    const feed = parseFeed(body, "https://j.example/feed.json");
    expect(feed.items[0]?.url).toBe("https://j.example/a");
    expect(feed.items[0]?.authors).toEqual(["Old Style"]);
  });
});

describe("parseFeed: RSS 1.0 (RDF)", () => {
  it("reads items, dc:date and dc:creator, reported as rss", () => {
    const body = `<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
               xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://rdf.example/"><title>RDF News</title><link>https://rdf.example/</link>
          <description>d</description></channel>
        <item rdf:about="https://rdf.example/one"><title>One</title><link>https://rdf.example/one</link>
          <dc:date>2024-01-02T03:04:05Z</dc:date><dc:creator>Ann</dc:creator></item>
        <item rdf:about="https://rdf.example/two"><title>Two</title><link></link></item>
      </rdf:RDF>`;
    const feed = parseFeed(body, "https://rdf.example/index.rdf");
    expect(feed.format).toBe("rss");
    expect(feed.title).toBe("RDF News");
    expect(feed.items.map((item) => item.url)).toEqual([
      "https://rdf.example/one",
      "https://rdf.example/two",
    ]);
    expect(feed.items[0]).toMatchObject({ publishedAt: "2024-01-02T03:04:05.000Z", authors: ["Ann"] });
  });
});
