import { describe, expect, it } from "vitest";
import { SourceParseError } from "../../src/sources/errors.ts";
import { parseFeed } from "../../src/sources/feeds/parse-feed.ts";

function parseError(run: () => unknown): SourceParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceParseError) return error;
    throw error;
  }
  throw new Error("expected a SourceParseError");
}

describe("parseFeed: duplicates, entities, dates", () => {
  it("keeps the first of items whose URLs only differ by fragment or tracking parameters", () => {
    const feed = parseFeed(
      `<rss version="2.0"><channel><title>T</title>
        <item><title>First</title><link>https://d.example/story</link></item>
        <item><title>Again</title><link>https://d.example/story#comments</link></item>
        <item><title>Tracked</title><link>https://d.example/story?utm_source=rss</link></item>
        <item><title>Other</title><link>https://d.example/other</link></item>
      </channel></rss>`,
      "https://d.example/feed",
    );
    expect(feed.items.map((item) => item.title)).toEqual(["First", "Other"]);
    expect(feed.duplicates).toBe(2);
  });

  it("decodes numeric, named and double-encoded entities in titles", () => {
    const feed = parseFeed(
      `<rss version="2.0"><channel><title>T</title>
        <item><title>Tom &amp;amp; Jerry &#8212; &lt;i&gt;live&lt;/i&gt; &#x2019;24</title><link>https://e.example/1</link></item>
      </channel></rss>`,
      "https://e.example/feed",
    );
    expect(feed.items[0]?.title).toBe("Tom & Jerry — live ’24");
  });

  it("turns missing and garbage dates into null, keeping the item", () => {
    const feed = parseFeed(
      `<rss version="2.0"><channel><title>T</title>
        <item><link>https://g.example/1</link><pubDate>sometime last week</pubDate></item>
        <item><link>https://g.example/2</link><pubDate>0000-00-00 00:00:00</pubDate></item>
        <item><link>https://g.example/3</link><pubDate>2024-05-14 09:30:00</pubDate></item>
      </channel></rss>`,
      "https://g.example/feed",
    );
    expect(feed.items.map((item) => item.publishedAt)).toEqual([null, null, "2024-05-14T09:30:00.000Z"]);
  });

  it("truncates very long summaries", () => {
    const long = "word ".repeat(500);
    const feed = parseFeed(
      `<rss version="2.0"><channel><title>T</title><item><link>https://l.example/1</link>
        <description>${long}</description></item></channel></rss>`,
      "https://l.example/feed",
    );
    const summary = feed.items[0]?.summary ?? "";
    expect(summary.length).toBeLessThanOrEqual(1000);
    expect(summary.endsWith("…")).toBe(true);
  });
});

describe("parseFeed: not a feed", () => {
  it("rejects an HTML page with a plain message that points to discovery", () => {
    const error = parseError(() =>
      parseFeed(
        "<!DOCTYPE html><html><head><title>Harbour Gazette</title></head><body>News</body></html>",
        "https://harbour.example/",
      ),
    );
    expect(error.code).toBe("not_a_feed");
    expect(error.message).toMatch(/^This is not an RSS, Atom or JSON feed\./);
    expect(error.message).toContain("web page");
  });

  it("rejects other JSON and plain text", () => {
    expect(parseError(() => parseFeed('{"status":"ok"}', "https://x.example/api")).code).toBe("not_a_feed");
    expect(parseError(() => parseFeed("Service unavailable", "https://x.example/feed")).code).toBe(
      "not_a_feed",
    );
  });

  it("reports truncated XML as malformed", () => {
    const error = parseError(() =>
      parseFeed("<rss version='2.0'><channel><title>x</title><item><title>half", "https://x.example/feed"),
    );
    expect(error.code).toBe("malformed");
  });

  it("does not expand entity bombs", () => {
    const lol = Array.from({ length: 10 }, () => "&lol;").join("");
    const lol2 = Array.from({ length: 10 }, () => "&lol2;").join("");
    const body = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY lol "lol"><!ENTITY lol2 "${lol}"><!ENTITY lol3 "${lol2}">]>
      <rss version="2.0"><channel><title>&lol3;</title><item><link>https://b.example/1</link></item></channel></rss>`;
    const feed = parseFeed(body, "https://b.example/feed");
    expect((feed.title ?? "").length).toBeLessThan(100);
  });

  it("throws a TypeError for a feed URL that is not absolute (a caller bug)", () => {
    expect(() => parseFeed("<rss/>", "/feed")).toThrow(TypeError);
  });
});
