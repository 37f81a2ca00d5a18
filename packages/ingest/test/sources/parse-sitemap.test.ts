import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { SourceParseError } from "../../src/sources/errors.ts";
import { parseSitemap } from "../../src/sources/sitemaps/parse-sitemap.ts";
import type { ParsedSitemap, SitemapRef, SitemapUrl } from "../../src/sources/sitemaps/types.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

function urlsOf(parsed: ParsedSitemap): SitemapUrl[] {
  if (parsed.kind !== "urlset") throw new Error(`expected a urlset, got ${parsed.kind}`);
  return parsed.urls;
}

function sitemapsOf(parsed: ParsedSitemap): SitemapRef[] {
  if (parsed.kind !== "index") throw new Error(`expected an index, got ${parsed.kind}`);
  return parsed.sitemaps;
}

function parseError(run: () => unknown): SourceParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceParseError) return error;
    throw error;
  }
  throw new Error("expected a SourceParseError");
}

const URLSET = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://harbour.example/a?x=1&amp;y=2</loc><lastmod>2024-05-01</lastmod><changefreq>daily</changefreq></url>
  <url><loc>
      https://harbour.example/b
    </loc><lastmod>not a date</lastmod></url>
  <url><loc>/relative/c</loc></url>
  <url><lastmod>2024-05-02</lastmod></url>
  <url><loc>mailto:desk@harbour.example</loc></url>
  <url><loc>https://harbour.example/a?x=1&amp;y=2#top</loc></url>
</urlset>`;

describe("parseSitemap: XML", () => {
  it("reads a sitemap index with lastmod", () => {
    const parsed = parseSitemap(
      `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>https://harbour.example/sitemap-posts-2024-05.xml</loc><lastmod>2024-05-14T10:00:00+00:00</lastmod></sitemap>
        <sitemap><loc>https://harbour.example/sitemap-pages.xml.gz</loc></sitemap>
      </sitemapindex>`,
      "https://harbour.example/sitemap_index.xml",
    );
    expect(parsed.format).toBe("xml");
    expect(sitemapsOf(parsed)).toEqual([
      { url: "https://harbour.example/sitemap-posts-2024-05.xml", lastmod: "2024-05-14T10:00:00.000Z" },
      { url: "https://harbour.example/sitemap-pages.xml.gz", lastmod: null },
    ]);
  });

  it("reads a urlset: entities, whitespace, relative locs, bad dates, unusable and duplicate entries", () => {
    const parsed = parseSitemap(URLSET, "https://harbour.example/sitemap.xml");
    expect(urlsOf(parsed).map((entry) => [entry.url, entry.lastmod])).toEqual([
      ["https://harbour.example/a?x=1&y=2", "2024-05-01T00:00:00.000Z"],
      ["https://harbour.example/b", null],
      ["https://harbour.example/relative/c", null],
    ]);
    expect(parsed.skipped).toBe(2);
    expect(parsed.duplicates).toBe(1);
  });

  it("reads news fields under any prefix and ignores image and video extensions", () => {
    const urls = urlsOf(
      parseSitemap(fixture("news-sitemap.xml"), "https://www.harbour-gazette.example/news.xml"),
    );
    expect(urls).toEqual([
      {
        url: "https://www.harbour-gazette.example/politics/2024/05/council-pier",
        lastmod: "2024-05-14T09:00:00.000Z",
        publishedAt: "2024-05-14T07:30:00.000Z",
        title: "Council votes on new pier & marina",
        publicationName: "The Harbour Gazette",
      },
      {
        url: "https://www.harbour-gazette.example/video/2024/05/ferry",
        lastmod: null,
        publishedAt: "2024-05-13T00:00:00.000Z",
        title: "Ferry delays",
        publicationName: "Harbour Video",
      },
    ]);
  });

  it("accepts an RSS feed as a sitemap (the protocol allows it)", () => {
    const parsed = parseSitemap(
      `<rss version="2.0"><channel><title>T</title><item><link>https://f.example/1</link>
        <pubDate>Tue, 14 May 2024 09:30:00 GMT</pubDate></item></channel></rss>`,
      "https://f.example/feed",
    );
    expect(parsed.format).toBe("feed");
    expect(urlsOf(parsed)[0]).toMatchObject({
      url: "https://f.example/1",
      publishedAt: "2024-05-14T09:30:00.000Z",
    });
  });

  it("rejects HTML pages and unrelated XML with plain messages", () => {
    const html = parseError(() =>
      parseSitemap("<!DOCTYPE html><html><body>404</body></html>", "https://x.example/s.xml"),
    );
    expect(html.code).toBe("not_a_sitemap");
    expect(html.message).toBe("This is a web page, not a sitemap.");
    expect(parseError(() => parseSitemap("<svg/>", "https://x.example/s.xml")).code).toBe("not_a_sitemap");
  });
});

describe("parseSitemap: gzip", () => {
  it("detects gzip by magic bytes and decompresses", () => {
    const parsed = parseSitemap(gzipSync(Buffer.from(URLSET)), "https://harbour.example/sitemap.xml.gz");
    expect(urlsOf(parsed)).toHaveLength(3);
  });

  it("stops a gzip bomb at the cap with a clear error", () => {
    // 64 MiB of zeros compresses to ~64 KB.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const error = parseError(() =>
      parseSitemap(bomb, "https://x.example/s.xml.gz", { maxBytes: 1024 * 1024 }),
    );
    expect(error.code).toBe("too_large");
    expect(error.message).toBe("This sitemap decompresses to more than 1 MB, the most we accept.");
  });

  it("applies the cap to uncompressed bodies too", () => {
    const error = parseError(() =>
      parseSitemap(Buffer.from(URLSET), "https://x.example/s.xml", { maxBytes: 100 }),
    );
    expect(error.code).toBe("too_large");
  });

  it("reports damaged gzip and gzip passed as text", () => {
    const damaged = gzipSync(Buffer.from(URLSET)).subarray(0, 30);
    expect(parseError(() => parseSitemap(damaged, "https://x.example/s.xml.gz")).code).toBe(
      "bad_compression",
    );
    const asText = gzipSync(Buffer.from(URLSET)).toString("utf8");
    const error = parseError(() => parseSitemap(asText, "https://x.example/s.xml.gz"));
    expect(error.code).toBe("bad_compression");
    expect(error.message).toContain("raw bytes");
  });
});

describe("parseSitemap: text", () => {
  it("reads one URL per line, skipping junk and duplicates", () => {
    const parsed = parseSitemap(
      "\uFEFFhttps://t.example/one\r\n\r\n  https://t.example/two  \nnot a url\nhttps://t.example/one\n/relative\n",
      "https://t.example/sitemap.txt",
    );
    expect(parsed.format).toBe("text");
    expect(urlsOf(parsed).map((entry) => entry.url)).toEqual([
      "https://t.example/one",
      "https://t.example/two",
    ]);
    expect(parsed.skipped).toBe(2);
    expect(parsed.duplicates).toBe(1);
  });

  it("accepts an empty file but rejects text with no URL in it", () => {
    expect(urlsOf(parseSitemap("", "https://t.example/sitemap.txt"))).toEqual([]);
    const error = parseError(() =>
      parseSitemap("Service Unavailable\nTry later", "https://t.example/sitemap.txt"),
    );
    expect(error.code).toBe("not_a_sitemap");
  });
});
